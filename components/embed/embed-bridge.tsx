'use client';

import { useCallback } from 'react';
import { newLessonTracker, trackLesson } from '@/lib/embed/child-events';
import type { Progress } from '@/lib/progress/progress-schema';
import { useProgress } from '@/lib/progress/progress-store';
import type { LessonExercises } from '@/lib/progress/selectors';
import { useEmbedChild, type EmbedEventSource } from './use-embed-child';

export type LessonEmbedBridgeProps = { lesson: LessonExercises };

/**
 * Talks to the host page for an embedded lesson: height, and `lesson-started` / `lesson-completed` derived from the
 * progress store. The store works in memory when storage is blocked, so events are sent either way.
 */
export function LessonEmbedBridge({ lesson }: LessonEmbedBridgeProps) {
  const source = useCallback<EmbedEventSource>(
    (emit) => {
      let tracker = newLessonTracker();
      const update = (state: Progress) => {
        const result = trackLesson(lesson, tracker, state);
        tracker = result.tracker;
        result.events.forEach(emit);
      };
      update(useProgress.getState());
      return useProgress.subscribe(update);
    },
    [lesson],
  );
  useEmbedChild(source);
  return null;
}

/**
 * Talks to the host page for an embed without progress events yet (the exam placeholder): height only.
 * When the exam lands, its page gets an ExamEmbedBridge built the same way as LessonEmbedBridge:
 *   (emit) => useExam.subscribe((next, previous) => trackExam(selectOutcome(previous), selectOutcome(next)).forEach(emit))
 * with lib/embed/child-events.ts's trackExam; only `selectOutcome` (exam state → { score, passed }) is new.
 */
export function EmbedBridge() {
  useEmbedChild();
  return null;
}
