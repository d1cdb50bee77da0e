import type { Metadata } from 'next';
import Link from 'next/link';
import { RestoreProgressCode } from '@/components/progress/restore-progress-code';
import { SaveProgressCode } from '@/components/progress/save-progress-code';
import { pageMetadata } from '@/lib/seo';
import { privacyText } from '@/lib/i18n/en/privacy';
import { transferText } from '@/lib/i18n/en/transfer';

export const metadata: Metadata = pageMetadata({
  title: transferText.title,
  description: transferText.description,
  path: '/progress/',
});

/** Save and restore progress with a code or file, with no server (RELIABILITY STO-9). */
export default function ProgressPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{transferText.title}</h1>
      <p className="text-xl">{transferText.intro}</p>
      <div className="js-only space-y-8">
        <section aria-labelledby="save" className="space-y-3">
          <h2 id="save" className="text-2xl font-bold">
            {transferText.saveTitle}
          </h2>
          <p>{transferText.saveHelp}</p>
          <SaveProgressCode />
        </section>
        <section aria-labelledby="restore" className="space-y-3">
          <h2 id="restore" className="text-2xl font-bold">
            {transferText.restoreTitle}
          </h2>
          <p>{transferText.restoreHelp}</p>
          <RestoreProgressCode />
        </section>
      </div>
      <p className="no-js-only rounded-md border-l-4 border-bad bg-bad-bg px-4 py-3">{transferText.noJs}</p>
      <p>
        <Link href="/privacy/">{privacyText.title}</Link>
      </p>
    </div>
  );
}
