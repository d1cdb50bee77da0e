import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo';
import { siteContact } from '@/lib/site';
import { aboutText } from '@/lib/i18n/en/about';

const text = aboutText;

export const metadata: Metadata = pageMetadata({ title: text.title, description: text.description, path: '/about/' });

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{text.title}</h1>
      <p className="text-xl">{text.intro}</p>
      <section aria-labelledby="who" className="space-y-3">
        <h2 id="who" className="text-2xl font-bold">
          {text.whoTitle}
        </h2>
        <p>{text.who}</p>
      </section>
      <section aria-labelledby="review" className="space-y-3">
        <h2 id="review" className="text-2xl font-bold">
          {text.reviewTitle}
        </h2>
        {text.review.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="mistake" className="space-y-3">
        <h2 id="mistake" className="text-2xl font-bold">
          {text.mistakeTitle}
        </h2>
        <p>{text.mistake}</p>
        <p>
          {siteContact ? (
            <>
              {text.mistakeContact} <a href={siteContact}>{siteContact.replace(/^mailto:/, '')}</a>
            </>
          ) : (
            text.mistakeNoContact
          )}
        </p>
      </section>
      <section aria-labelledby="licences" className="space-y-3">
        <h2 id="licences" className="text-2xl font-bold">
          {text.licenceTitle}
        </h2>
        <p>{text.licenceCode}</p>
        <p>
          {text.licenceContent} {text.licenceFile}
        </p>
        <p className="text-muted">{text.trademarks}</p>
      </section>
    </div>
  );
}
