import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonArticle } from '@/components/mdx/lesson-article';
import { LessonLink } from '@/components/mdx/lesson-link';
import { LessonProgress } from '@/components/progress/lesson-progress';
import type { CompiledLesson } from '@/lib/content/compile-lesson';
import { getCourse, getLesson, summarise } from '@/lib/content/lessons';
import type { TocEntry } from '@/lib/content/rehype-toc';
import { JsonLd } from '@/components/seo/json-ld';
import { lessonCard, pageMetadata } from '@/lib/seo';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { oembedAlternates } from '@/lib/embed/oembed';
import { homeText } from '@/lib/i18n/en/home';
import { lessonText } from '@/lib/i18n/en/lesson';
import { t } from '@/lib/i18n/t';
import { lessonMessages } from '@/lib/i18n/lesson';

type LessonPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCourse()).map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return {};
  const { title, description } = lesson.frontmatter;
  const metadata = pageMetadata({
    title,
    description,
    path: `/lessons/${lesson.slug}/`,
    card: lessonCard(lesson.slug),
  });
  // oEmbed discovery for WordPress and other CMSs (EMB-13).
  const types = oembedAlternates({ kind: 'lesson', slug: lesson.slug, title }, siteUrl);
  return { ...metadata, alternates: { ...metadata.alternates, types } };
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
    <LessonArticle
      lesson={lesson}
      link={LessonLink}
      className="mx-auto max-w-3xl"
      data={
        <JsonLd
          data={{
            '@type': 'LearningResource',
            name: frontmatter.title,
            description: frontmatter.description,
            url: absoluteUrl(`/lessons/${slug}/`),
            inLanguage: 'en',
            learningResourceType: 'Lesson',
            educationalLevel: 'Beginner',
            timeRequired: `PT${frontmatter.minutes}M`,
            teaches: frontmatter.objectives,
            dateModified: frontmatter.lastReviewed,
            isAccessibleForFree: true,
            license: 'https://creativecommons.org/licenses/by/4.0/',
            isPartOf: { '@type': 'Course', name: homeText.title, url: absoluteUrl('/') },
            citation: frontmatter.sources.map((source) => source.url),
          }}
        />
      }
      back={
        <>
          <Link href="/" className="print-hidden">
            {lessonText.backToCourse}
          </Link>
          <span className="print-hidden"> · </span>
        </>
      }
      lead={
        frontmatter.order === 1 && (
          // The course starts here, so this is where the optional pre-check is offered (and skipped by reading on).
          <p className="print-hidden mt-6 rounded-lg border-l-4 border-accent bg-surface px-5 py-3">
            {lessonText.precheckOffer}{' '}
            <Link href="/pre-check/" className="font-semibold">
              {lessonText.precheckLink}
            </Link>
          </p>
        )
      }
      contents={toc.length > 0 && <TableOfContents toc={toc} />}
      progress={<LessonProgress lesson={summarise(lesson)} />}
      after={
        <>
          {/* "Next lesson" comes right after the last exercise, before the sources (issue 15 item 1). */}
          <LessonPager previous={previous} next={next} />
          <p className="print-only">
            {t(lessonMessages, 'printSummaryNote', { url: absoluteUrl(`/lessons/${slug}/`) })}
          </p>
        </>
      }
      footer={
        <p className="print-hidden">
          <Link href="/privacy/">{lessonText.privacyLink}</Link>
        </p>
      }
    />
  );
}

function TableOfContents({ toc }: { toc: TocEntry[] }) {
  return (
    <nav aria-labelledby="toc" className="print-hidden mt-6 rounded-lg border border-line/50 p-5">
      <h2 id="toc" className="text-xl font-bold">
        {lessonText.tocTitle}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {toc.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="block py-0.5">
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

const pagerLink = 'rounded-lg border-2 border-line/60 p-4 no-underline hover:border-accent';

function LessonPager({ previous, next }: { previous?: CompiledLesson; next?: CompiledLesson }) {
  return (
    <nav aria-label="Lessons" className="print-hidden mt-8 grid gap-3 sm:grid-cols-2">
      {previous && (
        <Link href={`/lessons/${previous.slug}/`} rel="prev" className={pagerLink}>
          <span className="block text-base text-muted">{lessonText.previous}</span>
          <span className="font-semibold underline">{previous.frontmatter.title}</span>
        </Link>
      )}
      {next && (
        <Link href={`/lessons/${next.slug}/`} rel="next" className={`${pagerLink} text-right sm:col-start-2`}>
          <span className="block text-base text-muted">{lessonText.next}</span>
          <span className="font-semibold underline">{next.frontmatter.title}</span>
        </Link>
      )}
    </nav>
  );
}
