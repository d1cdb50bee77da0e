/**
 * Turns changes in the learner's state into the progress events an embed sends to its host (RELIABILITY §1.4.7).
 * Pure functions, so the rules are unit tested; components/embed/embed-bridge.tsx feeds them from the stores.
 */
import type { Progress } from '@/lib/progress/progress-schema';
import { lessonStatus, type LessonExercises, type LessonStatus } from '@/lib/progress/selectors';
import type { EmbedEvent } from './protocol';

/** What has been reported for one lesson during this page view. */
type LessonTracker = { started: boolean; status?: LessonStatus };

export const newLessonTracker = (): LessonTracker => ({ started: false });

/**
 * `lesson-started` once per page view, as soon as the lesson is recorded as visited (LessonProgress does that on
 * mount). `lesson-completed` each time the lesson's status *becomes* done while it is open, e.g. when the last
 * question is answered; a lesson that was already done when the page opened does not re-send it.
 */
export function trackLesson(
  lesson: LessonExercises,
  tracker: LessonTracker,
  progress: Progress,
): { tracker: LessonTracker; events: EmbedEvent[] } {
  const events: EmbedEvent[] = [];
  const status = lessonStatus(progress, lesson);
  const started = tracker.started || progress.visited.includes(lesson.slug);
  if (started && !tracker.started) events.push({ event: 'lesson-started', lessonId: lesson.slug });
  if (status === 'done' && tracker.status !== undefined && tracker.status !== 'done') {
    events.push({ event: 'lesson-completed', lessonId: lesson.slug });
  }
  return { tracker: { started, status }, events };
}

/**
 * The exam result an `exam-scored` event is built from. The exam store (built on another branch) only has to map
 * its latest scored attempt to this shape; a new object means a new attempt. `score` is a percentage.
 */
export type ExamOutcome = { score: number; passed: boolean };

/** One `exam-scored` event when a new result appears (for the exam store's subscribe(next, previous)). */
export function trackExam(
  previous: ExamOutcome | null | undefined,
  next: ExamOutcome | null | undefined,
): EmbedEvent[] {
  if (!next || next === previous || !Number.isFinite(next.score)) return [];
  const score = Math.min(100, Math.max(0, Math.round(next.score)));
  return [{ event: 'exam-scored', score, passed: next.passed === true }];
}
