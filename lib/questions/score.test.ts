import { describe, expect, test } from 'vitest';
import { mostGenuineRight, passes, percentOf } from './score';

describe('one percentage everywhere', () => {
  test('rounds down to a whole percent, so a near miss never reads as the pass mark', () => {
    expect(percentOf(7, 9)).toBe(77);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(8, 10)).toBe(80);
    expect(percentOf(13, 16)).toBe(81);
    expect(percentOf(0, 0)).toBe(0);
  });

  test('passes at 80 % and not below; an empty attempt never passes', () => {
    expect(passes(8, 10)).toBe(true);
    expect(passes(7, 10)).toBe(false);
    expect(passes(0, 0)).toBe(false);
  });
});

describe('most genuine items right', () => {
  test('more than half of the genuine items must be right; none asked means nothing to check', () => {
    expect(mostGenuineRight({ right: 4, total: 6 })).toBe(true);
    expect(mostGenuineRight({ right: 3, total: 6 })).toBe(false);
    expect(mostGenuineRight({ right: 0, total: 0 })).toBe(true);
  });
  test('passes needs both halves of the rule', () => {
    expect(passes(13, 16, { right: 4, total: 6 })).toBe(true);
    expect(passes(13, 16, { right: 3, total: 6 })).toBe(false);
    expect(passes(12.5, 16, { right: 6, total: 6 })).toBe(false);
    expect(passes(12.8, 16, { right: 6, total: 6 })).toBe(true);
  });
});
