import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonContent } from '@/components/mdx/lesson-content';
import { LessonProgress } from '@/components/progress/lesson-progress';
import { getCourse, getLesson, summarise } from '@/lib/content/lessons';
import { ui } from '@/lib/ui-strings';

type LessonPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCourse()).map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return {};
  return {
    title: lesson.frontmatter.title,
    description: lesson.frontmatter.description,
    alternates: { canonical: `/lessons/${lesson.slug}/` },
  };
}

export default async function LessonPage({ params }: LessonPageProps) {
  const { slug } = await params;
  const course = await getCourse();
  const index = course.findIndex((lesson) => lesson.slug === slug);
  const lesson = course[index];
  if (!lesson) notFound();
  const { frontmatter, toc } = lesson;
  const previous = course[index - 1];
  const next = course[index + 1];

  return (
    <article className="mx-auto max-w-3xl">
      <header className="space-y-3">
        <p className="text-base text-muted">
          <Link href="/" className="print-hidden">
            {ui.lesson.backToCourse}
          </Link>
          <span className="print-hidden"> · </span>
          {ui.home.lessonNumber(frontmatter.order)} · {ui.lesson.readingTime(frontmatter.minutes)}
        </p>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="text-xl text-muted">{frontmatter.description}</p>
      </header>

      {frontmatter.order === 1 && (
        // The course starts here, so this is where the optional pre-check is offered (and skipped by reading on).
        <p className="print-hidden mt-6 rounded-lg border-l-4 border-accent bg-surface px-5 py-3">
          {ui.lesson.precheckOffer}{' '}
          <Link href="/pre-check/" className="font-semibold">
            {ui.lesson.precheckLink}
          </Link>
        </p>
      )}

      <section aria-labelledby="objectives" className="mt-8 rounded-lg bg-surface p-5">
        <h2 id="objectives" className="text-xl font-bold">
          {ui.lesson.objectivesTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      {toc.length > 0 && (
        <nav aria-labelledby="toc" className="print-hidden mt-6 rounded-lg border border-line/50 p-5">
          <h2 id="toc" className="text-xl font-bold">
            {ui.lesson.tocTitle}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {toc.map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`} className="inline-block py-0.5">
                  {entry.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <div className="prose prose-lg prose-lesson mt-8 max-w-none">
        <LessonContent code={lesson.code} />
      </div>

      <div className="mt-8">
        <LessonProgress lesson={summarise(lesson)} />
      </div>

      <footer className="mt-10 space-y-6 border-t border-line/40 pt-6 text-base">
        <p>
          {ui.lesson.lastReviewed}:{' '}
          <time dateTime={frontmatter.lastReviewed}>{formatDate(frontmatter.lastReviewed)}</time>
        </p>
        <section aria-labelledby="sources">
          <h2 id="sources" className="text-lg font-bold">
            {ui.lesson.sourcesTitle}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {frontmatter.sources.map((source) => (
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
        <p className="print-hidden">
          <Link href="/privacy/">{ui.lesson.privacyLink}</Link>
        </p>
      </footer>

      <nav aria-label="Lessons" className="print-hidden mt-10 grid gap-3 sm:grid-cols-2">
        {previous && (
          <Link
            href={`/lessons/${previous.slug}/`}
            rel="prev"
            className="rounded-lg border-2 border-line/60 p-4 no-underline hover:border-accent"
          >
            <span className="block text-base text-muted">{ui.lesson.previous}</span>
            <span className="font-semibold underline">{previous.frontmatter.title}</span>
          </Link>
        )}
        {next && (
          <Link
            href={`/lessons/${next.slug}/`}
            rel="next"
            className="rounded-lg border-2 border-line/60 p-4 text-right no-underline hover:border-accent sm:col-start-2"
          >
            <span className="block text-base text-muted">{ui.lesson.next}</span>
            <span className="font-semibold underline">{next.frontmatter.title}</span>
          </Link>
        )}
      </nav>
    </article>
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
