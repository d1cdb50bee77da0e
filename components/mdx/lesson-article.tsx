import type { ComponentType, ReactNode } from 'react';
import type { CompiledLesson } from '@/lib/content/compile-lesson';
import { t } from '@/lib/i18n/t';
import { homeMessages } from '@/lib/i18n/home';
import { lessonMessages } from '@/lib/i18n/lesson';
import { LessonContent } from './lesson-content';
import type { LessonLinkProps } from './lesson-link';
import { LessonObjectives } from './lesson-objectives';
import { LessonSources } from './lesson-sources';

export type LessonArticleProps = {
  lesson: CompiledLesson;
  /** Inside an embed: the header is a little tighter for a framed column. */
  embedded?: boolean;
  /** The lesson's links: the site's, or the embed's that open a new tab (./lesson-content.tsx). */
  link: ComponentType<LessonLinkProps>;
  className?: string;
  /** Before the lesson's number and reading time (the site's "back to the course" link). */
  back?: ReactNode;
  /** Between the header and the objectives (the site's pre-check offer on lesson 1). */
  lead?: ReactNode;
  /** Between the objectives and the lesson (the site's table of contents). */
  contents?: ReactNode;
  /** The progress island, right after the lesson. */
  progress: ReactNode;
  /** After the progress (the site's previous and next lessons). */
  after?: ReactNode;
  /** Footer lines after the sources: the route's credit and privacy link. */
  footer: ReactNode;
  /** Structured data, first in the article. */
  data?: ReactNode;
};

/**
 * One lesson as an article: header, objectives, the lesson itself, its progress and its sources. The site's lesson
 * page and the embed both render it, each adding its own chrome through the slots, so the two cannot drift apart.
 */
export function LessonArticle({
  lesson,
  embedded = false,
  link,
  className,
  back,
  lead,
  contents,
  progress,
  after,
  footer,
  data,
}: LessonArticleProps) {
  const { frontmatter } = lesson;
  return (
    <article className={className} data-print={embedded ? undefined : frontmatter.print}>
      {data}
      <header className={embedded ? 'space-y-2' : 'space-y-3'}>
        <p className="text-base text-muted">
          {back}
          {t(homeMessages, 'lessonNumber', { number: frontmatter.order })} ·{' '}
          {t(lessonMessages, 'readingTime', { minutes: frontmatter.minutes })}
        </p>
        <h1 className={`text-3xl font-bold leading-tight ${embedded ? '' : 'sm:text-4xl'}`}>{frontmatter.title}</h1>
        <p className="text-xl text-muted">{frontmatter.description}</p>
      </header>
      {lead}
      <LessonObjectives objectives={frontmatter.objectives} className={embedded ? 'mt-6' : 'mt-8'} />
      {contents}
      <div className="prose prose-lg prose-lesson mt-8 max-w-none">
        <LessonContent code={lesson.code} link={link} />
      </div>
      <div className="mt-8">{progress}</div>
      {after}
      <footer className="mt-10 space-y-6 border-t border-line/40 pt-6 text-base">
        <LessonSources lastReviewed={frontmatter.lastReviewed} sources={frontmatter.sources} />
        {footer}
      </footer>
    </article>
  );
}
