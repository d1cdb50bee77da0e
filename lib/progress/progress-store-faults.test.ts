// @vitest-environment jsdom
// The store under storage faults: reads that fail, writes that fail, blocked storage, and reset (split from
// progress-store.test.ts, which covers actions, versions and damaged data).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { initialProgress } from './progress-schema';
import { storageKeys } from './storage-keys';
import { fixtureState, readFixture } from './testing/fixtures';
import { dataOf, loadStore, savedState } from './testing/load-store';

const key = storageKeys.progress;

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('STO-11: a failed read never leads to an overwrite', () => {
  test('getItem throwing once at load: memory meanwhile, then the next action lands on the real data', async () => {
    localStorage.setItem(key, readFixture(3));
    const getItem = Storage.prototype.getItem;
    let failures = 1;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, name: string) {
      if (name === key && failures-- > 0) throw new DOMException('locked', 'UnknownError');
      return getItem.call(this, name);
    });
    const { useProgress, progressStorage } = await loadStore();
    expect(dataOf(useProgress.getState())).toEqual(initialProgress);
    expect(progressStorage.health()).toMatchObject({ mode: 'memory-after-error', problem: 'read' });

    useProgress.getState().visitLesson('choosing-sellers');

    expect(savedState()).toEqual({
      ...fixtureState(3),
      visited: [...fixtureState(3).visited, 'choosing-sellers'],
      lastLesson: 'choosing-sellers',
    });
    expect(progressStorage.health().mode).toBe('local');
  });

  test('while reads keep failing nothing is written, and every action waits to be replayed', async () => {
    localStorage.setItem(key, readFixture(1));
    const read = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('locked', 'UnknownError');
    });
    const { useProgress } = await loadStore();
    useProgress.getState().visitLesson('common-scams');
    useProgress.getState().answerQuestion('quiz-a', 'q-1', { choice: ['a'], correct: true });
    read.mockRestore();
    expect(localStorage.getItem(key)).toBe(readFixture(1));

    useProgress.getState().visitLesson('choosing-sellers');
    expect(savedState().visited).toEqual([...fixtureState(1).visited, 'common-scams', 'choosing-sellers']);
    expect(savedState().answers['quiz-a']).toEqual({ 'q-1': { choice: ['a'], correct: true } });
  });
});

describe('STO-1 and STO-2 through the store', () => {
  test('STO-1: with a localStorage getter that throws, answering works in memory', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const { useProgress, progressStorage } = await loadStore();
      useProgress.getState().answerQuestion('quiz-a', 'who-ships', { choice: ['x'], correct: true });
      expect(useProgress.getState().answers['quiz-a']?.['who-ships']?.correct).toBe(true);
      expect(progressStorage.health().mode).toBe('memory');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  test('STO-2: a full quota does not throw from an action, and the next successful write saves both', async () => {
    const { useProgress, progressStorage } = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => useProgress.getState().visitLesson('what-is-aliexpress')).not.toThrow();
    expect(progressStorage.health()).toMatchObject({ mode: 'memory-after-error', problem: 'full' });
    expect(localStorage.getItem(key)).toBeNull();

    setItem.mockRestore();
    useProgress.getState().visitLesson('is-it-safe');
    expect(savedState().visited).toEqual(['what-is-aliexpress', 'is-it-safe']);
    expect(progressStorage.health().mode).toBe('local');
  });
});

describe('PRV-3: resetAll', () => {
  test('leaves no scamwise: key in localStorage and resets the state; later progress is saved again', async () => {
    localStorage.setItem(key, readFixture(3));
    localStorage.setItem(storageKeys.theme, 'dark');
    localStorage.setItem(storageKeys.certificateName, 'Sam Example');
    localStorage.setItem(`${key}.corrupt-abc`, '{"state":');
    localStorage.setItem('another-site:key', 'kept');
    const { useProgress } = await loadStore();

    useProgress.getState().resetAll();
    expect(Object.keys(localStorage).filter((name) => name.startsWith('scamwise:'))).toEqual([]);
    expect(localStorage.getItem('another-site:key')).toBe('kept');
    expect(dataOf(useProgress.getState())).toEqual(initialProgress);

    useProgress.getState().visitLesson('is-it-safe');
    expect(savedState()).toEqual({ ...initialProgress, visited: ['is-it-safe'], lastLesson: 'is-it-safe' });
  });
});
