import type { Frontmatter } from '@/lib/content/schema';
import { lessonText } from '@/lib/i18n/en/lesson';
import { t } from '@/lib/i18n/t';
import { lessonMessages } from '@/lib/i18n/lesson';

export type LessonSourcesProps = Pick<Frontmatter, 'lastReviewed' | 'sources'>;

/**
 * When the lesson's facts were last checked, and where they come from; on the lesson page and in the embed. The list
 * sits behind a "Sources" disclosure (issue 11) so it does not stand as a wall under the lesson; print opens it.
 */
export function LessonSources({ lastReviewed, sources }: LessonSourcesProps) {
  return (
    <>
      <p>
        {lessonText.lastReviewed}: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </p>
      <details className="rounded-lg border border-line/50 px-4 py-3">
        <summary className="min-h-12 cursor-pointer py-2 text-lg font-bold">
          <h2 id="sources" className="inline text-lg font-bold">
            {lessonText.sourcesTitle}
          </h2>{' '}
          <span className="font-normal text-muted">{t(lessonMessages, 'sourcesCount', { count: sources.length })}</span>
        </summary>
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
      </details>
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
