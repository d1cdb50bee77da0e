import { describe, expect, test } from 'vitest';
import { applyAction, mergeProgress } from './progress-actions';
import { initialProgress, type Progress } from './progress-schema';

const exam = (state: Progress) => state.exam;

describe('STO-14: the exam attempt under way', () => {
  const started = applyAction(initialProgress, { type: 'start-exam', items: ['a', 'b', 'c'] });

  test('start saves the draw; a second start (reload, other tab) keeps the first draw', () => {
    expect(exam(started).current).toEqual({ items: ['a', 'b', 'c'], responses: {} });
    expect(applyAction(started, { type: 'start-exam', items: ['x', 'y', 'z'] })).toBe(started);
  });

  test('answers are saved one by one; an item outside the draw or answered already is ignored', () => {
    const one = applyAction(started, {
      type: 'answer-exam',
      itemId: 'a',
      response: { type: 'question', choice: ['o'] },
    });
    expect(exam(one).current!.responses).toEqual({ a: { type: 'question', choice: ['o'] } });
    expect(applyAction(one, { type: 'answer-exam', itemId: 'a', response: { type: 'question', choice: ['p'] } })).toBe(
      one,
    );
    expect(applyAction(one, { type: 'answer-exam', itemId: 'z', response: { type: 'spotter', marked: [] } })).toBe(one);
  });

  test('recording the attempt clears it, keeps the day and the score of the first pass, and queues mistakes', () => {
    const passed = applyAction(started, {
      type: 'record-exam',
      attempt: { items: ['a', 'b', 'c'], right: ['a', 'b', 'c'] },
      passedOn: '2026-12-01',
    });
    expect(exam(passed)).toMatchObject({ current: null, passedOn: '2026-12-01', passedPercent: 100 });

    const later = applyAction(passed, {
      type: 'record-exam',
      attempt: { items: ['d', 'e', 'f', 'g', 'h'], right: ['d', 'e', 'f', 'g'] },
      passedOn: '2026-12-05',
    });
    expect(exam(later)).toMatchObject({ passedOn: '2026-12-01', passedPercent: 100 });
    expect(later.review).toEqual({ h: 0 });
  });

  test('the certificate keeps its score when the passing attempt rolls out of the kept attempts', () => {
    let state = applyAction(initialProgress, {
      type: 'record-exam',
      attempt: { items: ['a', 'b', 'c', 'd', 'e'], right: ['a', 'b', 'c', 'd'] },
      passedOn: '2026-12-01',
    });
    for (let i = 0; i < 20; i++)
      state = applyAction(state, { type: 'record-exam', attempt: { items: [`n-${i}`], right: [] }, passedOn: null });
    expect(exam(state).attempts).toHaveLength(3);
    expect(exam(state)).toMatchObject({ passedOn: '2026-12-01', passedPercent: 80 });
  });
});

describe('STO-9: restoring merges, removing nothing from this browser', () => {
  const here: Progress = {
    ...initialProgress,
    answers: { 'quiz-a': { 'q-1': { choice: ['a'], correct: true } } },
    visited: ['lesson-a'],
    lastLesson: 'lesson-a',
    exam: { attempts: [{ items: ['a'], right: ['a'] }], passedOn: '2026-12-03', passedPercent: 100, current: null },
    review: { r: 1 },
  };
  const code: Progress = {
    ...initialProgress,
    answers: { 'quiz-a': { 'q-1': { choice: ['b'], correct: false }, 'q-2': { choice: ['c'], correct: true } } },
    visited: ['lesson-b', 'lesson-a'],
    lastLesson: 'lesson-b',
    precheck: { items: ['p'], right: [] },
    exam: { attempts: [{ items: ['b'], right: [] }], passedOn: '2026-11-01', passedPercent: 85, current: null },
    review: { r: 0, s: 0 },
  };

  test('both sides are kept; this browser wins where both hold the same thing; the earliest pass counts', () => {
    expect(mergeProgress(here, code)).toEqual({
      answers: { 'quiz-a': { 'q-1': { choice: ['a'], correct: true }, 'q-2': { choice: ['c'], correct: true } } },
      visited: ['lesson-a', 'lesson-b'],
      lastLesson: 'lesson-a',
      spotters: {},
      precheck: { items: ['p'], right: [] },
      exam: {
        attempts: [
          { items: ['b'], right: [] },
          { items: ['a'], right: ['a'] },
        ],
        passedOn: '2026-11-01',
        passedPercent: 85,
        current: null,
      },
      review: { r: 1, s: 0 },
    });
  });

  test('restoring the same code twice changes nothing the second time', () => {
    const once = mergeProgress(here, code);
    expect(mergeProgress(once, code)).toEqual(once);
  });
});
