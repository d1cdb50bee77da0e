'use client';

import { useEffect } from 'react';
import { useProgress } from '@/lib/progress/progress-store';
import { lessonStatus, type LessonExercises } from '@/lib/progress/selectors';
import { useHydrated } from '@/lib/use-hydrated';
import { lessonText } from '@/lib/i18n/en/lesson';
import { useProgressSnapshot } from './use-progress-snapshot';

export type LessonProgressProps = {
  lesson: LessonExercises;
  /** False only in the publisher page's preview, which must not mark lessons as opened on the publisher's behalf. */
  recordVisit?: boolean;
};

/** Records that the lesson was opened (for "continue where you left off") and says when it is complete. */
export function LessonProgress({ lesson, recordVisit = true }: LessonProgressProps) {
  const visitLesson = useProgress((state) => state.visitLesson);
  const hydrated = useHydrated();
  const progress = useProgressSnapshot();
  useEffect(() => {
    if (recordVisit) visitLesson(lesson.slug);
  }, [visitLesson, lesson.slug, recordVisit]);

  const done = hydrated && lessonStatus(progress, lesson) === 'done';
  return (
    <div role="status" className="min-h-0">
      {done && (
        <p className="rounded-md border-2 border-good bg-good-bg px-4 py-3 font-semibold text-good">
          <span aria-hidden="true">✓ </span>
          {lessonText.doneNotice}
        </p>
      )}
    </div>
  );
}
