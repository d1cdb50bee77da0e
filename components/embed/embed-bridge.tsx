'use client';

import { useCallback } from 'react';
import { newLessonTracker, trackExam, trackLesson, type ExamOutcome } from '@/lib/embed/child-events';
import type { Attempt, Progress } from '@/lib/progress/progress-schema';
import { loadProgressStore } from '@/lib/progress/lazy-progress';
import type { LessonExercises } from '@/lib/progress/selectors';
import { useEmbedChild, type EmbedEventSource } from './use-embed-child';

type Store = Awaited<ReturnType<typeof loadProgressStore>>;

/**
 * Runs `listen` once the progress store has loaded (after hydration, lib/progress/lazy-progress) and returns the
 * cleanup an event source owes, whether the store arrived before it was called or not.
 */
function withStore(listen: (store: Store) => () => void): () => void {
  let stopped = false;
  let stop: (() => void) | undefined;
  loadProgressStore().then(
    (store) => {
      if (!stopped) stop = listen(store);
    },
    () => {},
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

export type LessonEmbedBridgeProps = { lesson: LessonExercises };

/**
 * Talks to the host page for an embedded lesson: height, and `lesson-started` / `lesson-completed` derived from the
 * progress store. The store works in memory when storage is blocked, so events are sent either way.
 */
export function LessonEmbedBridge({ lesson }: LessonEmbedBridgeProps) {
  const source = useCallback<EmbedEventSource>(
    (emit) => {
      // The publisher page's preview records no visit (lib/embed/snippet.ts), but its event console should still
      // show the start, so the preview reports it as a fresh page view would.
      const preview = new URLSearchParams(window.location.search).get('preview') === '1';
      let tracker = newLessonTracker();
      if (preview) {
        tracker = { started: true };
        emit({ event: 'lesson-started', lessonId: lesson.slug });
      }
      const update = (state: Progress) => {
        const result = trackLesson(lesson, tracker, state);
        tracker = result.tracker;
        result.events.forEach(emit);
      };
      return withStore((store) => {
        update(store.getState());
        return store.subscribe(update);
      });
    },
    [lesson],
  );
  useEmbedChild(source);
  return null;
}

/** Imported when an attempt is saved, so the scoring code stays out of lesson and exercise embeds' first load. */
async function outcomeOf(attempt: Attempt): Promise<ExamOutcome> {
  const { scoreAttempt } = await import('@/lib/exam/attempt-score');
  // The same whole percentage and pass rule the learner sees on the result page (partial credit, most genuine right).
  const { percent, passed } = scoreAttempt(attempt, () => undefined);
  return { score: percent, passed };
}

/**
 * Talks to the host page for the embedded exam: height, and one `exam-scored` event each time a new attempt is
 * saved (a new attempt object in the store), with the score and pass only (PRV-4).
 */
export function ExamEmbedBridge() {
  const source = useCallback<EmbedEventSource>(
    (emit) =>
      withStore((store) =>
        store.subscribe((next, previous) => {
          const attempt = next.exam.attempts.at(-1);
          if (attempt && attempt !== previous.exam.attempts.at(-1))
            void outcomeOf(attempt).then((outcome) => trackExam(null, outcome).forEach(emit));
        }),
      ),
    [],
  );
  useEmbedChild(source);
  return null;
}
