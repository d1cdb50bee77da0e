import type { Metadata } from 'next';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { LessonEmbedBridge } from '@/components/embed/embed-bridge';
import { EmbedCard } from '@/components/embed/embed-card';
import { EmbedHeader } from '@/components/embed/embed-header';
import { EmbedLessonProgress } from '@/components/embed/embed-lesson-progress';
import { EmbedStorageNotice } from '@/components/embed/embed-storage-notice';
import { EmbeddedLessonLink } from '@/components/mdx/embedded-lesson-link';
import { LessonArticle } from '@/components/mdx/lesson-article';
import { getCourse, getLesson, summarise } from '@/lib/content/lessons';
import { fullPath } from '@/lib/embed/snippet';
import { embedText } from '@/lib/i18n/en/embed';
import { lessonText } from '@/lib/i18n/en/lesson';
import { t } from '@/lib/i18n/t';
import { embedMessages } from '@/lib/i18n/embed';

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
          <LessonArticle
            lesson={lesson}
            embedded
            link={EmbeddedLessonLink}
            progress={
              // Reads ?preview=, so it needs its own Suspense boundary (CNT-5).
              <Suspense fallback={null}>
                <EmbedLessonProgress lesson={exercises} />
              </Suspense>
            }
            footer={
              <>
                <p>{embedText.credit}</p>
                <p>
                  <a href="/privacy/" target="_blank" rel="noopener">
                    {lessonText.privacyLink}
                    <span className="sr-only"> {embedText.newTab}</span>
                  </a>
                </p>
              </>
            }
          />
        </main>
      </div>
      <LessonEmbedBridge lesson={exercises} />
    </>
  );
}
