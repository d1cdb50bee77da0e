'use client';

import { useEffect } from 'react';
import { useProgressStore } from '@/lib/progress/lazy-progress';
import { lessonChecks, lessonStatus, type LessonExercises } from '@/lib/progress/selectors';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useHydrated } from '@/lib/use-hydrated';
import { lessonProgressText } from '@/lib/i18n/en/lesson-progress';
import { useProgressSnapshot } from './use-progress-snapshot';
import { t } from '@/lib/i18n/t';
import { lessonProgressMessages } from '@/lib/i18n/lesson-progress';

export type LessonProgressProps = {
  lesson: LessonExercises;
  /** False only in the publisher page's preview, which must not mark lessons as opened on the publisher's behalf. */
  recordVisit?: boolean;
};

/**
 * Records that the lesson was opened (for "continue where you left off"), shows how many of the lesson's questions,
 * the checks between sections included, are answered (issue 15 item 1), and says when it is complete.
 */
export function LessonProgress({ lesson, recordVisit = true }: LessonProgressProps) {
  const store = useProgressStore();
  // Until the store has loaded after hydration (lib/progress/lazy-progress) the bar shows its placeholder.
  const hydrated = useHydrated() && store !== undefined;
  const progress = useProgressSnapshot();
  useEffect(() => {
    if (recordVisit) store?.getState().visitLesson(lesson.slug);
  }, [store, lesson.slug, recordVisit]);

  const done = hydrated && lessonStatus(progress, lesson) === 'done';
  const checks = lessonChecks(progress, lesson);
  return (
    <div className="space-y-4">
      {checks.total > 0 && (
        <ProgressBar
          label={lessonProgressText.checksLabel}
          value={hydrated ? checks.answered : 0}
          max={checks.total}
          valueText={hydrated ? t(lessonProgressMessages, 'checksValue', checks) : lessonProgressText.checksLoading}
          alsoShows={[
            lessonProgressText.checksLoading,
            t(lessonProgressMessages, 'checksValue', { answered: checks.total, total: checks.total }),
          ]}
        />
      )}
      <div role="status" className="min-h-0">
        {done && (
          <p className="rounded-md border-2 border-good bg-good-bg px-4 py-3 font-semibold text-good">
            <span aria-hidden="true">✓ </span>
            {lessonProgressText.doneNotice}
          </p>
        )}
      </div>
    </div>
  );
}
