import type { Metadata } from 'next';
import { Certificate } from '@/components/exam/certificate';
import { pageMetadata } from '@/lib/seo';
import { certificateText } from '@/lib/i18n/en/certificate';
import { examText } from '@/lib/i18n/en/exam';

export const metadata: Metadata = pageMetadata({
  title: certificateText.title,
  description: certificateText.description,
  path: '/certificate/',
});

export default function CertificatePage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="print-hidden text-3xl font-bold sm:text-4xl">{certificateText.title}</h1>
      {/* Not inside .js-only: print styles hide .js-only islands, and the certificate is what gets printed. */}
      <Certificate />
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{examText.noJs}</p>
    </div>
  );
}
