'use client';

import Link from 'next/link';
import { useLazyProgress, useProgressStore } from '@/lib/progress/lazy-progress';
import { courseProgress, lessonStatus } from '@/lib/progress/selectors';
import type { LessonSummary } from '@/lib/content/lessons';
import { useHydrated } from '@/lib/use-hydrated';
import { homeText } from '@/lib/i18n/en/home';
import { statusText } from '@/lib/i18n/en/status';
import { ProgressBar } from '@/components/ui/progress-bar';
import { nextStep, type NextStep } from './next-step';
import { useProgressSnapshot } from './use-progress-snapshot';
import { t } from '@/lib/i18n/t';
import { homeMessages } from '@/lib/i18n/home';

export type CourseOverviewProps = { lessons: Pick<LessonSummary, 'slug' | 'title' | 'order' | 'quizzes'>[] };

const dot = {
  'not-started': 'border-line text-muted',
  'in-progress': 'border-accent text-accent',
  done: 'border-good bg-good-bg text-good',
} as const;

/** The course progress, every lesson's state at a glance, and the one next step (issue 15). */
export function CourseOverview({ lessons }: CourseOverviewProps) {
  // Progress is known once the store has loaded after hydration (lib/progress/lazy-progress).
  const store = useProgressStore();
  const hydrated = useHydrated() && store !== undefined;
  const progress = useProgressSnapshot();
  const passedOn = useLazyProgress((state) => state.exam.passedOn, null);
  const reviewCount = useLazyProgress((state) => Object.keys(state.review).length, 0);
  const { done, total } = courseProgress(progress, lessons);
  // Before hydration nothing is known: show the new learner's step, the same height, so nothing jumps (CLS).
  const step: NextStep = hydrated
    ? nextStep({ ...progress, passedOn, reviewCount }, lessons)
    : { kind: 'start', slug: lessons[0]!.slug };
  const target = lessons.find((lesson) => 'slug' in step && lesson.slug === step.slug);

  return (
    <div
      data-testid="course-overview"
      data-step={hydrated ? step.kind : 'loading'}
      className="space-y-4 rounded-lg border border-line/50 bg-surface p-4 sm:p-5"
    >
      <ProgressBar
        label={homeText.progressLabel}
        value={hydrated ? done : 0}
        max={total}
        valueText={hydrated ? t(homeMessages, 'progress', { done, total }) : homeText.progressLoading}
        alsoShows={[homeText.progressLoading, t(homeMessages, 'progress', { done: total, total })]}
      />
      <nav aria-label={homeText.glanceLabel}>
        <ol className="flex flex-wrap gap-1.5">
          {lessons.map((lesson) => {
            const status = hydrated ? lessonStatus(progress, lesson) : 'not-started';
            return (
              <li key={lesson.slug}>
                <Link
                  href={`/lessons/${lesson.slug}/`}
                  data-status={status}
                  aria-label={t(homeMessages, 'glanceItem', {
                    order: lesson.order,
                    title: lesson.title,
                    status: statusText[status],
                  })}
                  className={`flex size-11 items-center justify-center rounded-full border-2 font-bold no-underline hover:underline ${dot[status]}`}
                >
                  {status === 'done' ? <span aria-hidden="true">✓</span> : lesson.order}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
      <div>
        <p className="text-base font-semibold text-muted">{homeText.nextStep}</p>
        <Link
          href={stepHref(step)}
          className="mt-1 inline-flex min-h-12 flex-col justify-center rounded-md bg-accent px-5 py-2 text-lg font-semibold text-on-accent no-underline hover:underline"
        >
          <span>{homeText.step[step.kind]}</span>
          {target && step.kind === 'continue' && (
            <span className="text-base font-normal">
              {t(homeMessages, 'lessonLine', { order: target.order, title: target.title })}
            </span>
          )}
        </Link>
        {hydrated && reviewCount > 0 && step.kind !== 'review' && (
          <p className="mt-2">
            <Link href="/review/">{t(homeMessages, 'reviewWaiting', { count: reviewCount })}</Link>
          </p>
        )}
      </div>
    </div>
  );
}

function stepHref(step: NextStep): string {
  switch (step.kind) {
    case 'start':
    case 'continue':
      return `/lessons/${step.slug}/`;
    case 'review':
      return '/review/';
    case 'exam':
      return '/exam/';
    case 'certificate':
      return '/certificate/';
  }
}
