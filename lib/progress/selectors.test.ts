import { describe, expect, test } from 'vitest';
import { initialProgress, type Answer, type Progress } from './progress-schema';
import { continueSlug, courseProgress, lessonStatus, selectQuizAnswers, type LessonExercises } from './selectors';

const right: Answer = { choice: ['a'], correct: true };
const wrong: Answer = { choice: ['b'], correct: false };

const basics: LessonExercises = {
  slug: 'what-is-aliexpress',
  quizzes: [{ id: 'what-is-aliexpress-quiz', questionIds: ['who-ships', 'money-in-transit'] }],
};
const safety: LessonExercises = {
  slug: 'is-it-safe',
  quizzes: [
    { id: 'is-it-safe-quiz', questionIds: ['when-seller-paid'] },
    { id: 'is-it-safe-extra', questionIds: ['what-is-covered'] },
  ],
};
const reading: LessonExercises = { slug: 'further-reading', quizzes: [] };
const course = [basics, safety, reading];

const progress = (patch: Partial<Progress>): Progress => ({ ...initialProgress, ...patch });

describe('lessonStatus', () => {
  test('a lesson neither visited nor answered is not-started', () => {
    expect(lessonStatus(initialProgress, basics)).toBe('not-started');
  });

  test('a visited lesson with unanswered questions is in-progress', () => {
    expect(lessonStatus(progress({ visited: ['what-is-aliexpress'] }), basics)).toBe('in-progress');
  });

  test('a partly answered lesson is in-progress even if not recorded as visited', () => {
    const state = progress({ answers: { 'what-is-aliexpress-quiz': { 'who-ships': right } } });
    expect(lessonStatus(state, basics)).toBe('in-progress');
  });

  test('a lesson is done when every question of every quiz is answered, right or wrong', () => {
    const state = progress({
      answers: { 'is-it-safe-quiz': { 'when-seller-paid': wrong }, 'is-it-safe-extra': { 'what-is-covered': right } },
    });
    expect(lessonStatus(state, safety)).toBe('done');
  });

  test('answers to questions the lesson no longer has do not count towards done', () => {
    const state = progress({
      answers: { 'what-is-aliexpress-quiz': { 'who-ships': right, 'retired-question': right } },
    });
    expect(lessonStatus(state, basics)).toBe('in-progress');
  });

  test('a lesson without quizzes is done once visited and not-started before', () => {
    expect(lessonStatus(initialProgress, reading)).toBe('not-started');
    expect(lessonStatus(progress({ visited: ['further-reading'] }), reading)).toBe('done');
  });
});

describe('courseProgress', () => {
  test('counts done lessons out of all lessons', () => {
    expect(courseProgress(initialProgress, course)).toEqual({ done: 0, total: 3 });

    const state = progress({
      visited: ['what-is-aliexpress', 'further-reading'],
      answers: { 'what-is-aliexpress-quiz': { 'who-ships': right, 'money-in-transit': wrong } },
    });
    expect(courseProgress(state, course)).toEqual({ done: 2, total: 3 });
  });

  test('an empty course is 0 of 0', () => {
    expect(courseProgress(initialProgress, [])).toEqual({ done: 0, total: 0 });
  });
});

describe('continueSlug', () => {
  test('leads to the first lesson when nothing has been done', () => {
    expect(continueSlug(initialProgress, course)).toBe('what-is-aliexpress');
  });

  test('leads back to the last lesson opened while it is unfinished', () => {
    const state = progress({ visited: ['what-is-aliexpress', 'is-it-safe'], lastLesson: 'is-it-safe' });
    expect(continueSlug(state, course)).toBe('is-it-safe');
  });

  test('leads to the first unfinished lesson once the last one opened is done', () => {
    const state = progress({
      visited: ['further-reading'],
      lastLesson: 'further-reading',
      answers: { 'what-is-aliexpress-quiz': { 'who-ships': right } },
    });
    expect(continueSlug(state, course)).toBe('what-is-aliexpress');
  });

  test('ignores a lastLesson that is no longer in the course', () => {
    const state = progress({ lastLesson: 'retired-lesson' });
    expect(continueSlug(state, course)).toBe('what-is-aliexpress');
  });

  test('is undefined when every lesson is done', () => {
    const state = progress({
      visited: ['further-reading'],
      lastLesson: 'is-it-safe',
      answers: {
        'what-is-aliexpress-quiz': { 'who-ships': right, 'money-in-transit': right },
        'is-it-safe-quiz': { 'when-seller-paid': right },
        'is-it-safe-extra': { 'what-is-covered': wrong },
      },
    });
    expect(continueSlug(state, course)).toBeUndefined();
  });
});

describe('selectQuizAnswers', () => {
  test("returns a quiz's answers, and the same empty object for a quiz without any (a stable selector result)", () => {
    const state = progress({ answers: { 'is-it-safe-quiz': { 'when-seller-paid': right } } });

    expect(selectQuizAnswers('is-it-safe-quiz')(state)).toEqual({ 'when-seller-paid': right });
    expect(selectQuizAnswers('unknown-quiz')(state)).toBe(selectQuizAnswers('other-quiz')(initialProgress));
  });
});
