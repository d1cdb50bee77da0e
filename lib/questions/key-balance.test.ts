import { describe, expect, test } from 'vitest';
import { keyBalance, overLimit } from './key-balance';

const question = (keyAt: number, lengths: number[]) =>
  lengths.map((length, index) => ({ text: 'x'.repeat(length), correct: index === keyAt }));

describe('keyBalance: do positions or lengths give the keys away?', () => {
  test('keys always first and always longest are both over 1.5 × chance', () => {
    const set = Array.from({ length: 8 }, () => question(0, [60, 20, 20, 20]));
    const balance = keyBalance(set);
    expect(balance.positions[0]).toMatchObject({ keys: 8, chance: 2, limit: 3, over: true });
    expect(balance.longest).toMatchObject({ keys: 8, limit: 3, over: true });
    expect(overLimit(balance).map((s) => s.label)).toEqual(['position 1', 'key is the longest']);
  });

  test('keys spread over the positions and lengths pass', () => {
    const set = [0, 1, 2, 3, 0, 1, 2, 3].map((at, i) =>
      question(
        at,
        [30 + (i % 4), 31, 32, 33].map((n, j) => n - j),
      ),
    );
    expect(overLimit(keyBalance(set))).toEqual([]);
  });

  test('a tie for the longest shares the count; multiple-answer questions raise chance by their share of keys', () => {
    const tie = [
      { text: 'aaaa', correct: true },
      { text: 'bbbb', correct: false },
      { text: 'c', correct: false },
    ];
    expect(keyBalance([tie]).longest.keys).toBe(0.5);
    const multiple = [
      { text: 'a', correct: true },
      { text: 'b', correct: true },
      { text: 'c', correct: false },
      { text: 'd', correct: false },
    ];
    expect(keyBalance([multiple]).positions[0]!.chance).toBe(0.5);
  });
});
