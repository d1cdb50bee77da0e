'use client';

import { lessonStatus, type LessonExercises } from '@/lib/progress/selectors';
import { useHydrated } from '@/lib/use-hydrated';
import { statusText } from '@/lib/i18n/en/status';
import { useProgressSnapshot } from './use-progress-snapshot';

export type LessonStatusBadgeProps = { lesson: LessonExercises };

const styles = {
  'not-started': 'border-line text-muted',
  'in-progress': 'border-accent text-accent',
  done: 'border-good bg-good-bg text-good',
  loading: 'border-transparent text-muted',
} as const;

/** "Not started", "In progress" or "Done" for one lesson in the course outline. */
export function LessonStatusBadge({ lesson }: LessonStatusBadgeProps) {
  const hydrated = useHydrated();
  const progress = useProgressSnapshot();
  const status = hydrated ? lessonStatus(progress, lesson) : 'loading';
  return (
    <span
      data-status={status}
      className={`inline-flex min-w-28 items-center justify-center gap-1 rounded-full border-2 px-3 py-0.5 text-sm font-semibold ${styles[status]}`}
    >
      {status === 'done' && <span aria-hidden="true">✓</span>}
      {statusText[status]}
    </span>
  );
}
