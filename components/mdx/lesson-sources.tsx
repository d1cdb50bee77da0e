import type { Frontmatter } from '@/lib/content/schema';
import { lessonText } from '@/lib/i18n/en/lesson';

export type LessonSourcesProps = Pick<Frontmatter, 'lastReviewed' | 'sources'>;

/** When the lesson's facts were last checked, and where they come from; on the lesson page and in the embed. */
export function LessonSources({ lastReviewed, sources }: LessonSourcesProps) {
  return (
    <>
      <p>
        {lessonText.lastReviewed}: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </p>
      <section aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-bold">
          {lessonText.sourcesTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {sources.map((source) => (
            <li key={source.url} className="break-words">
              {source.url.startsWith('https://') ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                // Plain-http sources are cited but not linked (RELIABILITY CNT-2).
                <>
                  {source.title} ({source.url})
                </>
              )}{' '}
              — {source.publisher}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function formatDate(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
