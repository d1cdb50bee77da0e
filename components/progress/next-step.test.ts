import { describe, expect, test } from 'vitest';
import { nextStep, type NextStepState } from './next-step';

const lessons = [
  { slug: 'one', quizzes: [{ id: 'one-quiz', questionIds: ['a'] }] },
  { slug: 'two', quizzes: [{ id: 'two-quiz', questionIds: ['a', 'b'] }] },
  { slug: 'three', quizzes: [] },
];
const right = { choice: ['x'], correct: true };
const fresh: NextStepState = { answers: {}, visited: [], lastLesson: null, passedOn: null, reviewCount: 0 };
const allDone: NextStepState = {
  ...fresh,
  answers: { 'one-quiz': { a: right }, 'two-quiz': { a: right, b: right } },
  visited: ['one', 'two', 'three'],
  lastLesson: 'three',
};

describe('the home page next step', () => {
  test('a new learner starts at the first lesson', () => {
    expect(nextStep(fresh, lessons)).toEqual({ kind: 'start', slug: 'one' });
  });

  test('mid-course, it continues the unfinished lesson opened last', () => {
    const state = { ...fresh, answers: { 'one-quiz': { a: right } }, visited: ['one', 'two'], lastLesson: 'two' };
    expect(nextStep(state, lessons)).toEqual({ kind: 'continue', slug: 'two' });
  });

  test('with every lesson done (however many there are) it offers the exam', () => {
    expect(nextStep(allDone, lessons)).toEqual({ kind: 'exam' });
    expect(nextStep(allDone, lessons.slice(0, 2))).toEqual({ kind: 'exam' });
  });

  test('after a failed exam, the mistakes come first', () => {
    expect(nextStep({ ...allDone, reviewCount: 3 }, lessons)).toEqual({ kind: 'review' });
  });

  test('after a pass, the certificate', () => {
    expect(nextStep({ ...allDone, passedOn: '2026-12-01', reviewCount: 1 }, lessons)).toEqual({ kind: 'certificate' });
  });
});
