import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo';
import { siteContact } from '@/lib/site';
import { accessibilityText } from '@/lib/i18n/en/accessibility';

const text = accessibilityText;

export const metadata: Metadata = pageMetadata({
  title: text.title,
  description: text.description,
  path: '/accessibility/',
});

export default function AccessibilityPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{text.title}</h1>
      <p className="text-xl">{text.intro}</p>
      <section aria-labelledby="standard" className="space-y-3">
        <h2 id="standard" className="text-2xl font-bold">
          {text.standardTitle}
        </h2>
        <p>{text.standard}</p>
      </section>
      <section aria-labelledby="tested" className="space-y-3">
        <h2 id="tested" className="text-2xl font-bold">
          {text.testedTitle}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {text.tested.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="limits" className="space-y-3">
        <h2 id="limits" className="text-2xl font-bold">
          {text.limitsTitle}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {text.limits.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report" className="space-y-3">
        <h2 id="report" className="text-2xl font-bold">
          {text.reportTitle}
        </h2>
        <p>{text.report}</p>
        {siteContact && (
          <p>
            {text.reportContact} <a href={siteContact}>{siteContact.replace(/^mailto:/, '')}</a>
          </p>
        )}
      </section>
      <p className="text-muted">{text.prepared}</p>
    </div>
  );
}
