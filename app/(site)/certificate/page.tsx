import type { Metadata } from 'next';
import { Certificate } from '@/components/exam/certificate';
import { pageMetadata } from '@/lib/seo';
import { ui } from '@/lib/ui-strings';

export const metadata: Metadata = pageMetadata({
  title: ui.certificate.title,
  description: ui.certificate.description,
  path: '/certificate/',
});

export default function CertificatePage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="print-hidden text-3xl font-bold sm:text-4xl">{ui.certificate.title}</h1>
      {/* Not inside .js-only: print styles hide .js-only islands, and the certificate is what gets printed. */}
      <Certificate />
      <p className="no-js-only print-hidden rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{ui.exam.noJs}</p>
    </div>
  );
}
