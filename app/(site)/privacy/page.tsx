import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetProgress } from '@/components/progress/reset-progress';
import { storedItems } from '@/lib/progress/storage-keys';
import { pageMetadata } from '@/lib/seo';
import { privacyText } from '@/lib/i18n/en/privacy';

export const metadata: Metadata = pageMetadata({
  title: privacyText.title,
  description: 'What Scamwise keeps in your browser, why, and how to delete it.',
  path: '/privacy/',
});

export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{privacyText.title}</h1>
      <p className="text-xl">{privacyText.intro}</p>

      <section aria-labelledby="stored" className="space-y-4">
        <h2 id="stored" className="text-2xl font-bold">
          {privacyText.keysTitle}
        </h2>
        {/* A list of cards rather than a table, so it reads well on a 320 px phone. */}
        <dl className="space-y-4">
          {storedItems.map((item) => (
            <div key={item.key} className="rounded-lg border border-line/50 p-4" data-storage-key={item.key}>
              <dt className="font-mono text-base font-semibold break-all">
                <span className="sr-only">{privacyText.key}: </span>
                {item.key}
              </dt>
              <dd className="mt-2">
                <span className="font-semibold">{privacyText.purpose}: </span>
                {item.purpose}
              </dd>
              <dd className="mt-1">
                <span className="font-semibold">{privacyText.keptUntil}: </span>
                {item.keptUntil}
              </dd>
            </div>
          ))}
        </dl>
        <p>{privacyText.embedded}</p>
        <p>
          {privacyText.transfer} <Link href="/progress/">{privacyText.transferLink}</Link>
        </p>
      </section>

      <section aria-labelledby="reset" className="space-y-3">
        <h2 id="reset" className="text-2xl font-bold">
          {privacyText.resetTitle}
        </h2>
        <p>{privacyText.resetHelp}</p>
        <ResetProgress />
      </section>
    </div>
  );
}
