import { describe, expect, test } from 'vitest';
import type { ItemTruth } from './score';
import { ratePercent, readingOf, signalFigures } from './signal';

const truths: Record<string, ItemTruth> = {
  s1: 'scam',
  s2: 'scam',
  s3: 'scam',
  s4: 'scam',
  g1: 'genuine',
  g2: 'genuine',
  c1: 'check',
  q1: 'question',
};
const truthOf = (id: string) => truths[id];
const items = Object.keys(truths);

describe('signal detection and calibration', () => {
  test('hit rate counts scams flagged, false alarms genuine items flagged, calibration "sure" answers right', () => {
    const figures = signalFigures(
      { items, right: ['s1', 's2', 'g2', 'c1'], flagged: ['s1', 's2', 's3', 'g1'], sure: ['s1', 'g1', 'c1'] },
      truthOf,
    );
    // s3 was flagged (red flags marked) without being fully right: it still counts as caught.
    expect(figures.hits).toEqual({ count: 3, of: 4, rate: 0.75 });
    expect(figures.falseAlarms).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(figures.calibration).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(ratePercent(figures.calibration)).toBe(67);
  });

  test('"check" items and questions count in neither rate; "check" on a genuine item is not a false alarm', () => {
    const figures = signalFigures({ items, right: [], flagged: [], sure: [] }, truthOf);
    expect(figures.hits.of).toBe(4);
    expect(figures.falseAlarms).toEqual({ count: 0, of: 2, rate: 0 });
    expect(figures.calibration).toEqual({ count: 0, of: 0, rate: undefined });
  });

  test('an attempt saved before `flagged` existed derives it from right and wrong answers', () => {
    const figures = signalFigures({ items, right: ['s1', 'g1'] }, truthOf);
    expect(figures.hits).toEqual({ count: 1, of: 4, rate: 0.25 });
    expect(figures.falseAlarms).toEqual({ count: 1, of: 2, rate: 0.5 });
  });

  test('readings: high hits and calibration are good, high false alarms are poor, nothing asked is "none"', () => {
    expect(readingOf('hits', { count: 8, of: 10, rate: 0.8 })).toBe('good');
    expect(readingOf('hits', { count: 5, of: 10, rate: 0.5 })).toBe('fair');
    expect(readingOf('hits', { count: 2, of: 10, rate: 0.2 })).toBe('poor');
    expect(readingOf('falseAlarms', { count: 1, of: 6, rate: 1 / 6 })).toBe('good');
    expect(readingOf('falseAlarms', { count: 4, of: 6, rate: 4 / 6 })).toBe('poor');
    expect(readingOf('calibration', { count: 0, of: 0, rate: undefined })).toBe('none');
  });
});
