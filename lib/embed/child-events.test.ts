import { describe, expect, test } from 'vitest';
import { initialProgress, type Progress } from '@/lib/progress/progress-schema';
import { newLessonTracker, trackExam, trackLesson } from './child-events';

const lesson = { slug: 'is-it-safe', quizzes: [{ id: 'safe-quiz', questionIds: ['q1', 'q2'] }] };
const visited: Progress = { ...initialProgress, visited: ['is-it-safe'], lastLesson: 'is-it-safe' };
const right = { choice: ['a'], correct: true };

/** Feeds a sequence of states through the tracker and returns every event emitted. */
function run(states: Progress[], target = lesson) {
  let tracker = newLessonTracker();
  return states.flatMap((state) => {
    const result = trackLesson(target, tracker, state);
    tracker = result.tracker;
    return result.events;
  });
}

describe('lesson events', () => {
  test('opening then finishing a lesson sends started, then completed, once each', () => {
    const oneAnswered = { ...visited, answers: { 'safe-quiz': { q1: right } } };
    const allAnswered = { ...visited, answers: { 'safe-quiz': { q1: right, q2: { choice: ['b'], correct: false } } } };
    expect(run([initialProgress, visited, oneAnswered, allAnswered, allAnswered])).toEqual([
      { event: 'lesson-started', lessonId: 'is-it-safe' },
      { event: 'lesson-completed', lessonId: 'is-it-safe' },
    ]);
  });

  test('a lesson already done when the page opens sends started but not completed', () => {
    const done = { ...visited, answers: { 'safe-quiz': { q1: right, q2: right } } };
    expect(run([done, done])).toEqual([{ event: 'lesson-started', lessonId: 'is-it-safe' }]);
  });

  test('restarting and finishing the quiz again sends completed again', () => {
    const done = { ...visited, answers: { 'safe-quiz': { q1: right, q2: right } } };
    expect(run([visited, done, visited, done]).map((e) => e.event)).toEqual([
      'lesson-started',
      'lesson-completed',
      'lesson-completed',
    ]);
  });

  test('a lesson without exercises is started and completed when opened', () => {
    const reading = { slug: 'is-it-safe', quizzes: [] };
    expect(run([initialProgress, visited], reading).map((e) => e.event)).toEqual([
      'lesson-started',
      'lesson-completed',
    ]);
  });

  test('events carry the lesson id and nothing from the answers (PRV-4)', () => {
    const done = { ...visited, answers: { 'safe-quiz': { q1: right, q2: right } } };
    for (const event of run([visited, done])) expect(Object.keys(event).sort()).toEqual(['event', 'lessonId']);
  });
});

describe('exam events', () => {
  test('a new result sends one exam-scored event with a whole percentage', () => {
    const first = { score: 79.6, passed: true };
    expect(trackExam(null, first)).toEqual([{ event: 'exam-scored', score: 80, passed: true }]);
    expect(trackExam(first, first)).toEqual([]);
    expect(trackExam(first, { score: 40, passed: false })).toEqual([
      { event: 'exam-scored', score: 40, passed: false },
    ]);
  });

  test('no result, or a nonsense score, sends nothing; out-of-range scores are clamped', () => {
    expect(trackExam(null, null)).toEqual([]);
    expect(trackExam(null, { score: Number.NaN, passed: true })).toEqual([]);
    expect(trackExam(null, { score: 140, passed: true })).toEqual([{ event: 'exam-scored', score: 100, passed: true }]);
  });
});
