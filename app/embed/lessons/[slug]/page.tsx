import type { Metadata } from 'next';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { LessonEmbedBridge } from '@/components/embed/embed-bridge';
import { EmbedCard } from '@/components/embed/embed-card';
import { EmbedHeader } from '@/components/embed/embed-header';
import { EmbedLessonProgress } from '@/components/embed/embed-lesson-progress';
import { EmbedStorageNotice } from '@/components/embed/embed-storage-notice';
import { LessonContent } from '@/components/mdx/lesson-content';
import { LessonSources } from '@/components/mdx/lesson-sources';
import { getCourse, getLesson, summarise } from '@/lib/content/lessons';
import { fullPath } from '@/lib/embed/snippet';
import { embedText } from '@/lib/i18n/en/embed';
import { lessonText } from '@/lib/i18n/en/lesson';
import { LessonObjectives } from '@/components/mdx/lesson-objectives';
import { t } from '@/lib/i18n/t';
import { embedMessages } from '@/lib/i18n/embed';
import { homeMessages } from '@/lib/i18n/home';
import { lessonMessages } from '@/lib/i18n/lesson';

type EmbeddedLessonPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCourse()).map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: EmbeddedLessonPageProps): Promise<Metadata> {
  const lesson = await getLesson((await params).slug);
  if (!lesson) return {};
  return {
    // The snippet's iframe title is built from the same string (EMB-1).
    title: { absolute: t(embedMessages, 'frameTitle', { title: lesson.frontmatter.title }) },
    description: lesson.frontmatter.description,
    // The lesson page is the one to index; this copy only exists to be framed.
    alternates: { canonical: `/lessons/${lesson.slug}/` },
    robots: { index: false },
  };
}

/** A lesson as other sites frame it: the lesson page's content without the site's chrome (RELIABILITY §1). */
export default async function EmbeddedLessonPage({ params }: EmbeddedLessonPageProps) {
  const { slug } = await params;
  const lesson = await getLesson(slug);
  if (!lesson) notFound();
  const { frontmatter } = lesson;
  const summary = summarise(lesson);
  const exercises = { slug: summary.slug, quizzes: summary.quizzes };
  const href = fullPath({ kind: 'lesson', slug, title: frontmatter.title });

  return (
    <>
      <EmbedHeader href={href} />
      <EmbedCard
        title={frontmatter.title}
        description={frontmatter.description}
        objectives={frontmatter.objectives}
        href={href}
      />
      <div data-full-lesson>
        <EmbedStorageNotice href={href} linkText={embedText.keepProgressLesson} />
        <main id="main" className="mx-auto max-w-3xl px-4 pt-6 pb-8">
          <article>
            <header className="space-y-2">
              <p className="text-base text-muted">
                {t(homeMessages, 'lessonNumber', { number: frontmatter.order })} ·{' '}
                {t(lessonMessages, 'readingTime', { minutes: frontmatter.minutes })}
              </p>
              <h1 className="text-3xl font-bold leading-tight">{frontmatter.title}</h1>
              <p className="text-xl text-muted">{frontmatter.description}</p>
            </header>

            <LessonObjectives objectives={frontmatter.objectives} className="mt-6" />

            <div className="prose prose-lg prose-lesson mt-8 max-w-none">
              <LessonContent code={lesson.code} embedded />
            </div>

            <div className="mt-8">
              {/* Reads ?preview=, so it needs its own Suspense boundary (CNT-5). */}
              <Suspense fallback={null}>
                <EmbedLessonProgress lesson={exercises} />
              </Suspense>
            </div>

            <footer className="mt-10 space-y-6 border-t border-line/40 pt-6 text-base">
              <LessonSources lastReviewed={frontmatter.lastReviewed} sources={frontmatter.sources} />
              <p>{embedText.credit}</p>
              <p>
                <a href="/privacy/" target="_blank" rel="noopener">
                  {lessonText.privacyLink}
                  <span className="sr-only"> {embedText.newTab}</span>
                </a>
              </p>
            </footer>
          </article>
        </main>
      </div>
      <LessonEmbedBridge lesson={exercises} />
    </>
  );
}
