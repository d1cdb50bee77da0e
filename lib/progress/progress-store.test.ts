// @vitest-environment jsdom
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { decodeBlob } from './progress-blob';
import { packedKeys, packProgress, type PackedProgress } from './progress-compact';
import { initialProgress, progressVersion, readProgress, type Progress } from './progress-schema';
import { storageKeys } from './storage-keys';
import { fixturePath, fixtureState, readFixture } from './testing/fixtures';
import { backupKeys, dataOf, loadStore, saved, savedState } from './testing/load-store';

const key = storageKeys.progress;

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('actions', () => {
  test(`write exactly {"state":{…},"version":${progressVersion}} under scamwise:progress, in the compact form`, async () => {
    const { useProgress } = await loadStore();
    const { answerQuestion, visitLesson } = useProgress.getState();

    visitLesson('what-is-aliexpress');
    answerQuestion('what-is-aliexpress-quiz', 'who-ships', { choice: ['independent-seller'], correct: true });

    expect(saved()).toEqual({
      state: {
        a: { 'what-is-aliexpress-quiz': { 'who-ships': '1 independent-seller' } },
        v: ['what-is-aliexpress'],
        l: 'what-is-aliexpress',
      },
      version: progressVersion,
    });
  });

  test('STO-7: the stored JSON holds only the allowlisted keys: ids, scores, one day and exam answers', async () => {
    const { useProgress } = await loadStore();
    const s = useProgress.getState();
    s.visitLesson('what-is-aliexpress');
    s.answerQuestion('what-is-aliexpress-quiz', 'who-ships', { choice: ['independent-seller'], correct: true });
    s.checkSpotter('parcel-fee-text', { marked: ['sender', 'link'], correct: false });
    s.savePrecheck({ items: ['fee-text', 'store-card'], right: ['store-card'] });
    s.recordExam({ items: ['fee-text', 'store-card', 'pay-direct'], right: ['store-card'] }, null);
    s.startExam(['a-item', 'b-item']);
    s.answerExam('a-item', { type: 'verdict', choice: 'scam', confidence: 'sure' });

    const blob = saved() as { state: PackedProgress };
    expect(Object.keys(blob).sort()).toEqual(['state', 'version']);
    expect(Object.keys(blob.state).sort()).toEqual([...packedKeys].filter((k) => k !== 'd' && k !== 'q').sort());
    expect(blob.state.k).toEqual(['fee-text', 'store-card', 'pay-direct', 'a-item', 'b-item']);
    const values = [blob.state.a!['what-is-aliexpress-quiz']!['who-ships'], blob.state.s!['parcel-fee-text']];
    expect(values).toEqual(['1 independent-seller', '0 sender link']);
    expect([blob.state.p, ...blob.state.t!]).toEqual([
      { i: [0, 1], f: '01', o: '' },
      { i: [0, 1, 2], f: '010', o: '' },
    ]);
    expect(blob.state.c).toEqual({ i: [3, 4], r: { 0: 'v scam sure' } });
    expect(blob.state.r).toBe('0:0 2:0');
  });
});

describe('STO-4: saved progress of every version is kept', () => {
  test('a fixture blob exists for every version from 1 to progressVersion', () => {
    const missing = Array.from({ length: progressVersion }, (_, i) => i + 1).filter((v) => !existsSync(fixturePath(v)));
    expect(missing, 'add lib/progress/fixtures/progress.v<n>.json for each version (RELIABILITY STO-4)').toEqual([]);
  });

  test.each(Array.from({ length: progressVersion }, (_, i) => i + 1))(
    'a version %i blob loads with nothing dropped, no backup and no notice',
    async (version) => {
      localStorage.setItem(key, readFixture(version));
      const { useProgress, progressStorage } = await loadStore();
      const state = dataOf(useProgress.getState());

      expect(decodeBlob(readFixture(version))).toMatchObject({ kind: 'ok', dropped: 0 });
      expect(state).not.toEqual(initialProgress);
      expect(backupKeys()).toEqual([]);
      expect(progressStorage.health().recovered).toBeNull();
    },
  );

  test('v1 → current: exactly its answers, visits and last lesson, the rest at defaults; written back on the next action', async () => {
    localStorage.setItem(key, readFixture(1));
    const { useProgress } = await loadStore();
    expect(dataOf(useProgress.getState())).toEqual({ ...initialProgress, ...fixtureState(1) });

    useProgress.getState().checkSpotter('parcel-fee-text', { marked: ['link'], correct: false });
    expect((saved() as { version: number }).version).toBe(progressVersion);
    expect(savedState()).toEqual({
      ...initialProgress,
      ...fixtureState(1),
      spotters: { 'parcel-fee-text': { marked: ['link'], correct: false } },
    });
  });

  test('v2 → current: everything kept; a v2 pass learns the score it was earned with from its attempts', async () => {
    const v2 = fixtureState(2);
    const attempt = v2.exam.attempts[0]!;
    const passed = {
      ...v2,
      exam: { attempts: [{ ...attempt, right: attempt.items.slice(1) }], passedOn: '2026-03-12' },
    };
    localStorage.setItem(key, JSON.stringify({ state: passed, version: 2 }));
    const { useProgress } = await loadStore();

    expect(dataOf(useProgress.getState())).toEqual({
      ...passed,
      exam: { ...passed.exam, passedPercent: 90, current: null },
    });
  });

  test('v3 loads to exactly its data, the exam in progress included', async () => {
    localStorage.setItem(key, readFixture(3));
    const { useProgress } = await loadStore();
    const v3 = (JSON.parse(readFixture(3)) as { state: Progress }).state;
    expect(dataOf(useProgress.getState())).toEqual(v3);
    expect(readProgress(v3).dropped).toBe(0);
  });

  test('v3 → v4: the next action writes the compact form, which reads back to the v3 data plus that action', async () => {
    localStorage.setItem(key, readFixture(3));
    const { useProgress } = await loadStore();
    useProgress.getState().visitLesson('choosing-sellers');

    const v3 = fixtureState(3);
    expect(saved()).toMatchObject({ version: 4, state: { l: 'choosing-sellers' } });
    expect(savedState()).toEqual({
      ...v3,
      visited: [...v3.visited, 'choosing-sellers'],
      lastLesson: 'choosing-sellers',
    });
    expect(localStorage.getItem(key)!.length).toBeLessThan(readFixture(3).replace(/\s/g, '').length / 2);
  });
});

describe('STO-13: data from a newer version is kept', () => {
  const future = JSON.stringify({
    state: { ...packProgress({ ...fixtureState(3), visited: ['is-it-safe'] }), streaks: { daily: 4 } },
    version: progressVersion + 1,
  });

  test('a version+1 blob survives a load and a write, byte for byte, and is shown read-only in memory', async () => {
    localStorage.setItem(key, future);
    const { useProgress, progressStorage } = await loadStore();
    expect(useProgress.getState().visited).toEqual(['is-it-safe']);

    useProgress.getState().visitLesson('common-scams');

    expect(localStorage.getItem(key)).toBe(future);
    expect(backupKeys()).toEqual([]);
    expect(useProgress.getState().visited).toEqual(['is-it-safe', 'common-scams']);
    expect(progressStorage.health()).toMatchObject({ mode: 'memory-after-error', problem: 'newer' });
  });
});

describe('STO-3 and STO-12: damaged saved data', () => {
  test.each(['{"state":', 'null', '{"state":"x"}', '{"state":{},"version":"1"}', '{"version":2}'])(
    '%s is backed up untouched, then replaced, and the store starts from defaults',
    async (raw) => {
      localStorage.setItem(key, raw);
      const { useProgress, progressStorage } = await loadStore();

      expect(dataOf(useProgress.getState())).toEqual(initialProgress);
      expect(backupKeys().map((name) => localStorage.getItem(name))).toEqual([raw]);
      expect(saved()).toEqual({ state: {}, version: progressVersion });
      expect(savedState()).toEqual(initialProgress);
      expect(progressStorage.health().recovered).toBe('reset');
    },
  );

  test('ten loads of one damaged blob leave one backup (even when every load sees the damage again)', async () => {
    for (let load = 0; load < 10; load++) {
      localStorage.setItem(key, '{"state":{"answers":');
      await loadStore();
    }
    expect(backupKeys()).toHaveLength(1);
  });

  test('bad entries are dropped one by one; the rest of the blob is kept, after a backup of the original', async () => {
    const v3 = fixtureState(3);
    const damaged = {
      ...v3,
      answers: { ...v3.answers, 'Not An Id': {}, 'is-it-safe-quiz': { ...v3.answers['is-it-safe-quiz'], x: 5 } },
      visited: [...v3.visited, 42],
      review: { ...v3.review, 'spot-fake-tracking': 7 },
      exam: { ...v3.exam, passedPercent: 900 },
    };
    const raw = JSON.stringify({ state: damaged, version: 3 });
    localStorage.setItem(key, raw);
    const { useProgress, progressStorage } = await loadStore();

    const { 'spot-fake-tracking': _dropped, ...review } = v3.review;
    expect(dataOf(useProgress.getState())).toEqual({ ...v3, review });
    expect(backupKeys().map((name) => localStorage.getItem(name))).toEqual([raw]);
    expect(progressStorage.health().recovered).toBe('partial');
  });

  test('if the backup cannot be written, the damaged original is never overwritten', async () => {
    localStorage.setItem(key, '{"state":');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name: string, value: string) {
      if (name.includes('.corrupt-')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    const { useProgress, progressStorage } = await loadStore();
    useProgress.getState().visitLesson('is-it-safe');
    useProgress.getState().visitLesson('common-scams');

    expect(localStorage.getItem(key)).toBe('{"state":');
    expect(useProgress.getState().visited).toEqual(['is-it-safe', 'common-scams']);
    expect(progressStorage.health().problem).toBe('no-backup');
  });
});
