// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { applyAction, type ProgressAction } from './progress-actions';
import { initialProgress, type Progress } from './progress-schema';
import type { ProgressActions } from './progress-store';
import { storageKeys } from './storage-keys';
import { dataOf, loadStore, savedState } from './testing/load-store';

/** What both tabs had loaded before either acted: a little of everything, so clears have something to clear. */
const before: Progress = {
  ...initialProgress,
  answers: { 'quiz-a': { 'q-1': { choice: ['a'], correct: true }, 'q-2': { choice: ['b'], correct: false } } },
  visited: ['lesson-a'],
  lastLesson: 'lesson-a',
  spotters: { 'spot-a': { marked: ['x'], correct: false } },
  exam: {
    attempts: [{ items: ['i-1', 'i-2'], right: ['i-1'] }],
    passedOn: null,
    passedPercent: null,
    current: { items: ['e-1', 'e-2', 'e-3'], responses: {} },
  },
  review: { 'i-2': 0, 'i-9': 1 },
};

/** Every kind of action a tab can take, as the store's public API calls it. */
const actions: [string, ProgressAction, (s: ProgressActions) => void][] = [
  [
    'answer',
    { type: 'answer', quizId: 'quiz-b', questionId: 'q-1', answer: { choice: ['c'], correct: true } },
    (s) => s.answerQuestion('quiz-b', 'q-1', { choice: ['c'], correct: true }),
  ],
  [
    're-answer',
    { type: 'answer', quizId: 'quiz-a', questionId: 'q-2', answer: { choice: ['a'], correct: true } },
    (s) => s.answerQuestion('quiz-a', 'q-2', { choice: ['a'], correct: true }),
  ],
  [
    'clear question',
    { type: 'clear-question', quizId: 'quiz-a', questionId: 'q-1' },
    (s) => s.clearQuestion('quiz-a', 'q-1'),
  ],
  ['clear quiz', { type: 'clear-quiz', quizId: 'quiz-a' }, (s) => s.clearQuiz('quiz-a')],
  ['visit', { type: 'visit', slug: 'lesson-b' }, (s) => s.visitLesson('lesson-b')],
  [
    'spotter',
    { type: 'check-spotter', spotterId: 'spot-b', result: { marked: [], correct: true } },
    (s) => s.checkSpotter('spot-b', { marked: [], correct: true }),
  ],
  ['clear spotter', { type: 'clear-spotter', spotterId: 'spot-a' }, (s) => s.clearSpotter('spot-a')],
  [
    'pre-check',
    { type: 'precheck', attempt: { items: ['p-1'], right: [] } },
    (s) => s.savePrecheck({ items: ['p-1'], right: [] }),
  ],
  [
    'exam answer',
    { type: 'answer-exam', itemId: 'e-1', response: { type: 'question', choice: ['o'] } },
    (s) => s.answerExam('e-1', { type: 'question', choice: ['o'] }),
  ],
  [
    'exam pass',
    { type: 'record-exam', attempt: { items: ['x-1', 'x-2'], right: ['x-1', 'x-2'] }, passedOn: '2026-12-01' },
    (s) => s.recordExam({ items: ['x-1', 'x-2'], right: ['x-1', 'x-2'] }, '2026-12-01'),
  ],
  ['review right', { type: 'review', itemId: 'i-9', correct: true }, (s) => s.answerReview('i-9', true)],
  ['review wrong', { type: 'review', itemId: 'i-2', correct: false }, (s) => s.answerReview('i-2', false)],
];

beforeEach(() => {
  localStorage.clear();
});

async function twoTabs() {
  localStorage.setItem(storageKeys.progress, JSON.stringify({ state: before, version: 3 }));
  // Neither tab hears of the other's writes (jsdom sends no storage events within one window): the worst case.
  return [(await loadStore()).useProgress, (await loadStore()).useProgress] as const;
}

describe('STO-10: every pair of concurrent actions, in both orders, keeps both', () => {
  const pairs = actions.flatMap((first) =>
    actions.filter((second) => second !== first).map((second) => [first[0], second[0], first, second] as const),
  );

  test.each(pairs)('%s in one tab, then %s in a stale tab', async (_a, _b, [, actionA, callA], [, actionB, callB]) => {
    const [tabA, tabB] = await twoTabs();
    callA(tabA.getState());
    callB(tabB.getState());

    expect(savedState()).toEqual(applyAction(applyAction(before, actionA), actionB));
    // The stale tab also shows the other tab's change now.
    expect(dataOf(tabB.getState())).toEqual(savedState());
  });

  test('two tabs answering different questions: both answers are stored, whichever order', async () => {
    for (const order of [0, 1]) {
      localStorage.clear();
      const [tabA, tabB] = await twoTabs();
      const tabs = order ? [tabB, tabA] : [tabA, tabB];
      tabs[0]!.getState().answerQuestion('quiz-c', 'q-1', { choice: ['a'], correct: true });
      tabs[1]!.getState().answerQuestion('quiz-c', 'q-2', { choice: ['b'], correct: true });
      expect(Object.keys(savedState().answers['quiz-c'] ?? {}).sort()).toEqual(['q-1', 'q-2']);
    }
  });

  test('a stale tab finishing the same exam attempt again does not count it twice', async () => {
    const [tabA, tabB] = await twoTabs();
    const attempt = { items: ['e-1', 'e-2', 'e-3'], right: ['e-1'] };
    tabA.getState().recordExam(attempt, null);
    tabB.getState().recordExam(attempt, null);

    expect(savedState().exam.attempts).toEqual([before.exam.attempts[0], attempt]);
    expect(savedState().exam.current).toBeNull();
  });
});

describe('PRV-3 across tabs', () => {
  test('after a reset in one tab, a stale tab that keeps answering brings nothing from before the reset back', async () => {
    const [tabA, tabB] = await twoTabs();
    tabA.getState().resetAll();
    tabB.getState().answerQuestion('quiz-c', 'q-1', { choice: ['a'], correct: true });

    expect(savedState()).toEqual({
      ...initialProgress,
      answers: { 'quiz-c': { 'q-1': { choice: ['a'], correct: true } } },
    });
  });

  test('the storage event of a reset clears the other tab’s memory at once', async () => {
    const [, tabB] = await twoTabs();
    localStorage.removeItem(storageKeys.progress);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.progress, newValue: null }));

    expect(dataOf(tabB.getState())).toEqual(initialProgress);
  });

  test('the storage event of another tab’s write updates this tab, keeping unchanged parts as the same objects', async () => {
    const [tabA, tabB] = await twoTabs();
    const attemptsBefore = tabB.getState().exam.attempts;
    tabA.getState().visitLesson('lesson-z');
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.progress, newValue: 'changed' }));

    expect(tabB.getState().visited).toEqual(['lesson-a', 'lesson-z']);
    expect(tabB.getState().exam.attempts).toBe(attemptsBefore);
  });
});
