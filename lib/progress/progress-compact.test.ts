import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeBlob, encodeBlob } from './progress-blob';
import { packProgress, type PackedProgress } from './progress-compact';
import { initialProgress, type Progress } from './progress-schema';

const v3 = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/progress.v3.json'), 'utf8')) as {
    state: Progress;
  }
).state;

/** Stores `progress` compact and reads it back, as a reload would. */
const roundTrip = (progress: Progress) => decodeBlob(encodeBlob(progress));

/** Reads a hand-made compact state, as if it had been found in storage. */
const readPacked = (state: unknown) => decodeBlob(JSON.stringify({ state, version: 4 }));

const withFigures: Progress = {
  ...v3,
  precheck: { items: ['p-1', 'p-2', 'p-3'], right: ['p-2'], genuine: ['p-1'] },
  exam: {
    ...v3.exam,
    attempts: [
      { items: ['a-1', 'a-2'], right: ['a-1'] },
      {
        items: ['a-1', 'b-2', 'spot-c'],
        right: ['a-1', 'spot-c'],
        partial: { 'spot-c': 0.6666666666666666 },
        genuine: ['b-2'],
        flagged: ['a-1', 'spot-c'],
        sure: [],
      },
    ],
  },
};

describe('STO-6: the compact stored form (v4)', () => {
  test.each([
    ['empty progress', initialProgress],
    ['the v3 fixture', v3],
    ['attempts with and without their figures, partial credit included', withFigures],
  ])('%s reads back exactly, with nothing dropped', (_name, progress) => {
    expect(roundTrip(progress)).toEqual({ kind: 'ok', progress, dropped: 0 });
  });

  test('empty progress is stored as an empty state', () => {
    expect(JSON.parse(encodeBlob(initialProgress))).toEqual({ state: {}, version: 4 });
  });

  test('each exam item id is written once, however many attempts and lists name it', () => {
    const raw = encodeBlob(withFigures);
    expect(raw.split('"a-1"')).toHaveLength(2);
    expect(raw.split('"spot-c"')).toHaveLength(2);
  });

  test('the review queue keeps its order, ids that look like numbers included', () => {
    const progress = { ...initialProgress, review: { 'z-9': 1, '12': 0, '3': 0, 'a-1': 1 } };
    const decoded = roundTrip(progress);
    expect(decoded.kind === 'ok' && Object.entries(decoded.progress.review)).toEqual(Object.entries(progress.review));
  });
});

describe('STO-3: bad entries of the compact form are dropped one by one and counted', () => {
  const good = packProgress(withFigures);
  const [first, second] = good.t!;

  test.each<[string, (state: PackedProgress) => PackedProgress, (progress: Progress) => Progress]>([
    [
      'an attempt naming an item outside the table',
      (s) => ({ ...s, t: [{ ...first!, i: [0, 999] }, second!] }),
      (p) => ({ ...p, exam: { ...p.exam, attempts: p.exam.attempts.slice(1) } }),
    ],
    [
      'an attempt whose marks do not fit its items',
      (s) => ({ ...s, t: [first!, { ...second!, f: 'zz' }] }),
      (p) => ({ ...p, exam: { ...p.exam, attempts: p.exam.attempts.slice(0, 1) } }),
    ],
    [
      'an answer that is not a string',
      (s) => ({ ...s, a: { ...s.a, 'is-it-safe-quiz': { 'when-seller-paid': 7 as never } } }),
      (p) => ({ ...p, answers: { ...p.answers, 'is-it-safe-quiz': {} } }),
    ],
    ['a review entry naming no item', (s) => ({ ...s, r: `${s.r} 999:0` }), (p) => p],
    ['a review streak out of range', (s) => ({ ...s, r: `${s.r} 0:7` }), (p) => p],
    [
      'an answer of the exam under way at no drawn place',
      (s) => ({ ...s, c: { ...s.c!, r: { ...s.c!.r, 99: 'v scam sure' } } }),
      (p) => p,
    ],
    ['an unknown key', (s) => ({ ...s, x: 1 }) as PackedProgress, (p) => p],
  ])('%s: one dropped, everything else kept', (_name, damage, expected) => {
    expect(readPacked(damage(good))).toEqual({ kind: 'ok', progress: expected(withFigures), dropped: 1 });
  });

  test('a state that is not the compact form keeps nothing, and says so', () => {
    const decoded = readPacked({ answers: v3.answers, visited: v3.visited });
    expect(decoded).toEqual({ kind: 'ok', progress: initialProgress, dropped: 2 });
  });
});
