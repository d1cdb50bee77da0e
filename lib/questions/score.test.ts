import { describe, expect, test } from 'vitest';
import { passes, percentOf } from './score';

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
