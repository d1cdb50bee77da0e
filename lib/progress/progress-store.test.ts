// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { initialProgress, progressSchema, progressVersion, type Progress } from './progress-schema';
import { storageKeys } from './storage-keys';

// import.meta.dirname, not `new URL(…, import.meta.url)`: under jsdom, URL is jsdom's and resolves differently.
const fixturePath = (version: number) => path.join(import.meta.dirname, 'fixtures', `progress.v${version}.json`);
const readFixture = (version: number) => readFileSync(fixturePath(version), 'utf8');

/** A fresh store, hydrated from whatever localStorage holds now (the store hydrates when its module loads). */
async function loadStore() {
  vi.resetModules();
  return import('./progress-store');
}

const dataOf = ({ answers, visited, lastLesson, spotters, precheck, exam, review }: Progress): Progress => ({
  answers,
  visited,
  lastLesson,
  spotters,
  precheck,
  exam,
  review,
});
/** What version 2 adds, at its defaults: the state a v1-only learner has after an action. */
const v2Defaults = { spotters: {}, precheck: null, exam: { attempts: [], passedOn: null }, review: {} };
const saved = () => JSON.parse(localStorage.getItem(storageKeys.progress) ?? 'null') as unknown;
const backupKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(`${storageKeys.progress}.corrupt-`));

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('actions', () => {
  test('write exactly {"state":{…},"version":2} under scamwise:progress', async () => {
    const { useProgress } = await loadStore();
    const { answerQuestion, visitLesson } = useProgress.getState();

    visitLesson('what-is-aliexpress');
    answerQuestion('what-is-aliexpress-quiz', 'who-ships', { choice: ['independent-seller'], correct: true });
    answerQuestion('what-is-aliexpress-quiz', 'what-releases-money', { choice: ['you-confirm'], correct: false });

    expect(saved()).toEqual({
      state: {
        answers: {
          'what-is-aliexpress-quiz': {
            'who-ships': { choice: ['independent-seller'], correct: true },
            'what-releases-money': { choice: ['you-confirm'], correct: false },
          },
        },
        visited: ['what-is-aliexpress'],
        lastLesson: 'what-is-aliexpress',
        ...v2Defaults,
      },
      version: 2,
    });
  });

  test('visiting a lesson twice records it once and moves lastLesson', async () => {
    const { useProgress } = await loadStore();
    const { visitLesson } = useProgress.getState();

    visitLesson('what-is-aliexpress');
    visitLesson('is-it-safe');
    visitLesson('what-is-aliexpress');

    expect(saved()).toEqual({
      state: {
        answers: {},
        visited: ['what-is-aliexpress', 'is-it-safe'],
        lastLesson: 'what-is-aliexpress',
        ...v2Defaults,
      },
      version: 2,
    });
  });

  test('clearQuestion forgets one answer and clearQuiz forgets a whole quiz', async () => {
    const { useProgress } = await loadStore();
    const { answerQuestion, clearQuestion, clearQuiz } = useProgress.getState();
    answerQuestion('quiz-a', 'q-1', { choice: ['a'], correct: true });
    answerQuestion('quiz-a', 'q-2', { choice: ['b'], correct: false });
    answerQuestion('quiz-b', 'q-1', { choice: ['c'], correct: true });

    clearQuestion('quiz-a', 'q-1');
    expect(saved()).toEqual({
      state: {
        answers: {
          'quiz-a': { 'q-2': { choice: ['b'], correct: false } },
          'quiz-b': { 'q-1': { choice: ['c'], correct: true } },
        },
        visited: [],
        lastLesson: null,
        ...v2Defaults,
      },
      version: 2,
    });

    clearQuiz('quiz-b');
    expect(saved()).toEqual({
      state: {
        answers: { 'quiz-a': { 'q-2': { choice: ['b'], correct: false } } },
        visited: [],
        lastLesson: null,
        ...v2Defaults,
      },
      version: 2,
    });
  });

  test('STO-7: the stored JSON holds only the allowlisted keys', async () => {
    const { useProgress } = await loadStore();
    const { answerQuestion, visitLesson } = useProgress.getState();
    visitLesson('what-is-aliexpress');
    answerQuestion('what-is-aliexpress-quiz', 'who-ships', { choice: ['independent-seller'], correct: true });
    answerQuestion('is-it-safe-quiz', 'what-is-covered', {
      choice: ['never-arrives', 'paid-directly'],
      correct: false,
    });

    const blob = saved() as { state: Progress; version: number };
    const answerKeys = new Set(
      Object.values(blob.state.answers).flatMap((quiz) => Object.values(quiz).flatMap((answer) => Object.keys(answer))),
    );

    expect(new Set([...Object.keys(blob), ...Object.keys(blob.state)])).toEqual(
      new Set(['state', 'version', 'answers', 'visited', 'lastLesson', 'spotters', 'precheck', 'exam', 'review']),
    );
    expect(answerKeys).toEqual(new Set(['choice', 'correct']));
  });

  test('STO-7: red-flag, pre-check, exam and review data hold only allowlisted keys: ids, scores and one day', async () => {
    const { useProgress } = await loadStore();
    const { checkSpotter, savePrecheck, recordExam, answerReview } = useProgress.getState();
    checkSpotter('parcel-fee-text', { marked: ['sender', 'link'], correct: false });
    savePrecheck({ items: ['fee-text', 'store-card'], right: ['store-card'] });
    recordExam({ items: ['fee-text', 'store-card', 'pay-direct'], right: ['store-card'] }, null);
    answerReview('fee-text', true);

    const blob = saved() as { state: Progress };
    const keysOf = (values: object[]) => new Set(values.flatMap((value) => Object.keys(value)));

    expect(keysOf(Object.values(blob.state.spotters))).toEqual(new Set(['marked', 'correct']));
    expect(Object.keys(blob.state.precheck!)).toEqual(['items', 'right']);
    expect(Object.keys(blob.state.exam).sort()).toEqual(['attempts', 'passedOn']);
    expect(keysOf(blob.state.exam.attempts)).toEqual(new Set(['items', 'right']));
    expect(Object.values(blob.state.review).every((streak) => typeof streak === 'number')).toBe(true);
  });
});

describe('red-flag exercises, exam and review', () => {
  test('checkSpotter saves the marks and clearSpotter forgets them', async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().checkSpotter('fee-text', { marked: ['link'], correct: false });
    useProgress.getState().checkSpotter('store-card', { marked: [], correct: true });
    useProgress.getState().clearSpotter('fee-text');

    expect((saved() as { state: Progress }).state.spotters).toEqual({ 'store-card': { marked: [], correct: true } });
  });

  test('recordExam keeps the last three attempts, queues every missed item and keeps the first pass day', async () => {
    const { useProgress } = await loadStore();
    const { recordExam } = useProgress.getState();
    recordExam({ items: ['a', 'b'], right: ['a'] }, null);
    recordExam({ items: ['c', 'd'], right: ['c', 'd'] }, '2026-12-01');
    for (let i = 0; i < 4; i++) recordExam({ items: [`e-${i}`], right: [`e-${i}`] }, '2026-12-02');

    const { state } = saved() as { state: Progress };
    expect(state.exam.attempts).toHaveLength(3);
    expect(state.exam.attempts[0]).toEqual({ items: ['e-1'], right: ['e-1'] });
    expect(state.exam.passedOn).toBe('2026-12-01');
    expect(state.review).toEqual({ b: 0 });
  });

  test('a review item leaves the queue after two right answers in a row; a wrong answer starts the count again', async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().recordExam({ items: ['a', 'b'], right: [] }, null);
    const { answerReview } = useProgress.getState();
    const review = () => (saved() as { state: Progress }).state.review;

    answerReview('a', true);
    expect(review()).toEqual({ a: 1, b: 0 });
    answerReview('a', false);
    expect(review()).toEqual({ b: 0, a: 0 });
    answerReview('a', true);
    answerReview('a', true);
    expect(review()).toEqual({ b: 0 });
    answerReview('not-queued', true);
    expect(review()).toEqual({ b: 0 });
  });
});

describe('STO-4: saved progress of every version is kept', () => {
  test('a fixture blob exists for every version from 1 to progressVersion', () => {
    const missing = Array.from({ length: progressVersion }, (_, i) => i + 1).filter((v) => !existsSync(fixturePath(v)));
    expect(missing, 'add lib/progress/fixtures/progress.v<n>.json for each version (RELIABILITY STO-4)').toEqual([]);
  });

  test.each(Array.from({ length: progressVersion }, (_, i) => i + 1))(
    'a version %i blob rehydrates to valid current progress without a backup or a reset',
    async (version) => {
      localStorage.setItem(storageKeys.progress, readFixture(version));
      const { useProgress, progressStorage } = await loadStore();
      const state = dataOf(useProgress.getState());

      expect(useProgress.persist.hasHydrated()).toBe(true);
      expect(progressSchema.safeParse(state).success).toBe(true);
      expect(state).not.toEqual(initialProgress);
      expect(backupKeys()).toEqual([]);
      expect(progressStorage.health().recovered).toBe(false);
    },
  );

  test('the version 1 fixture rehydrates to exactly its answers, visits and last lesson', async () => {
    localStorage.setItem(storageKeys.progress, readFixture(1));
    const { useProgress } = await loadStore();
    const state = useProgress.getState();

    expect(state.lastLesson).toBe('is-it-safe');
    expect(state.visited).toEqual(['what-is-aliexpress', 'is-it-safe']);
    expect(Object.keys(state.answers['what-is-aliexpress-quiz'] ?? {})).toHaveLength(6);
    expect(state.answers['is-it-safe-quiz']).toEqual({
      'when-seller-paid': { choice: ['confirm-or-timer'], correct: true },
      'what-is-covered': { choice: ['never-arrives', 'not-as-described'], correct: true },
    });
    expect(dataOf(state)).toEqual({ ...(JSON.parse(readFixture(1)) as { state: Progress }).state, ...v2Defaults });
  });

  test('the version 1 fixture is migrated and written back as version 2 on the next action, losing nothing', async () => {
    localStorage.setItem(storageKeys.progress, readFixture(1));
    const { useProgress } = await loadStore();
    useProgress.getState().checkSpotter('parcel-fee-text', { marked: ['link'], correct: false });

    const blob = saved() as { state: Progress; version: number };
    const v1 = (JSON.parse(readFixture(1)) as { state: Progress }).state;
    expect(blob.version).toBe(2);
    expect(blob.state).toEqual({
      ...v1,
      ...v2Defaults,
      spotters: { 'parcel-fee-text': { marked: ['link'], correct: false } },
    });
  });

  test('the version 2 fixture rehydrates to exactly its data', async () => {
    localStorage.setItem(storageKeys.progress, readFixture(2));
    const { useProgress } = await loadStore();

    expect(dataOf(useProgress.getState())).toEqual((JSON.parse(readFixture(2)) as { state: Progress }).state);
  });

  test('a blob from a future version (99) is backed up and the store starts from defaults without throwing', async () => {
    const future = JSON.stringify({ state: { answers: {}, visited: ['x'], lastLesson: 'x', streak: 4 }, version: 99 });
    localStorage.setItem(storageKeys.progress, future);
    const { useProgress, progressStorage } = await loadStore();

    expect(dataOf(useProgress.getState())).toEqual(initialProgress);
    expect(useProgress.persist.hasHydrated()).toBe(true);
    expect(backupKeys()).toHaveLength(1);
    expect(localStorage.getItem(backupKeys()[0]!)).toBe(future);
    expect(progressStorage.health().recovered).toBe(true);
  });
});

describe('STO-3: a corrupt blob in localStorage', () => {
  test.each(['{"state":', '{"state":{"answers":"x","visited":[],"lastLesson":null},"version":1}'])(
    '%s is backed up and the store starts from defaults',
    async (raw) => {
      localStorage.setItem(storageKeys.progress, raw);
      const { useProgress, progressStorage } = await loadStore();

      expect(dataOf(useProgress.getState())).toEqual(initialProgress);
      expect(backupKeys().map((key) => localStorage.getItem(key))).toEqual([raw]);
      expect(progressStorage.health().recovered).toBe(true);
      expect(() => useProgress.getState().visitLesson('is-it-safe')).not.toThrow();
    },
  );
});

describe('STO-1 and STO-2 through the store', () => {
  test('STO-1: with a localStorage getter that throws, persist exists and answering works in memory', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const { useProgress, progressStorage } = await loadStore();

      expect(useProgress.persist).toBeDefined();
      expect(() => useProgress.persist.hasHydrated()).not.toThrow();
      expect(() =>
        useProgress
          .getState()
          .answerQuestion('what-is-aliexpress-quiz', 'who-ships', { choice: ['independent-seller'], correct: true }),
      ).not.toThrow();
      expect(useProgress.getState().answers['what-is-aliexpress-quiz']?.['who-ships']?.correct).toBe(true);
      expect(progressStorage.health().mode).toBe('memory');
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });

  test('STO-2: a full quota does not throw from an action, and the next successful write persists', async () => {
    const { useProgress, progressStorage } = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    expect(() => useProgress.getState().visitLesson('what-is-aliexpress')).not.toThrow();
    expect(progressStorage.health().mode).toBe('memory-after-error');
    expect(localStorage.getItem(storageKeys.progress)).toBeNull();

    setItem.mockRestore();
    useProgress.getState().visitLesson('is-it-safe');

    expect(saved()).toEqual({
      state: { answers: {}, visited: ['what-is-aliexpress', 'is-it-safe'], lastLesson: 'is-it-safe', ...v2Defaults },
      version: 2,
    });
    expect(progressStorage.health().mode).toBe('local');
  });
});

describe('PRV-3: resetAll', () => {
  test('leaves no scamwise: key in localStorage and resets the state', async () => {
    localStorage.setItem(storageKeys.progress, readFixture(1));
    localStorage.setItem(storageKeys.theme, 'dark');
    localStorage.setItem(storageKeys.certificateName, 'Sam Example');
    localStorage.setItem(`${storageKeys.progress}.corrupt-1700000000000`, '{"state":');
    localStorage.setItem('another-site:key', 'kept');
    const { useProgress } = await loadStore();
    useProgress.getState().visitLesson('choosing-sellers');

    useProgress.getState().resetAll();

    expect(Object.keys(localStorage).filter((key) => key.startsWith('scamwise:'))).toEqual([]);
    expect(localStorage.getItem('another-site:key')).toBe('kept');
    expect(dataOf(useProgress.getState())).toEqual(initialProgress);
  });

  test('progress made after a reset is saved again', async () => {
    const { useProgress } = await loadStore();
    useProgress.getState().visitLesson('what-is-aliexpress');
    useProgress.getState().resetAll();

    useProgress.getState().visitLesson('is-it-safe');

    expect(saved()).toEqual({
      state: { answers: {}, visited: ['is-it-safe'], lastLesson: 'is-it-safe', ...v2Defaults },
      version: 2,
    });
  });
});
