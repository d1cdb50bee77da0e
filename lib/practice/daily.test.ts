import { describe, expect, test } from 'vitest';
import { dailyItemId, dayNumber, localDay } from './daily';
import { currentStreak, noStreak, practise } from './streak';

const ids = ['a-one', 'b-two', 'c-three', 'd-four', 'e-five'];

describe('PRA-1: the daily item', () => {
  test('is the same all day and for the same day, whatever the time', () => {
    expect(localDay(new Date(2026, 11, 1, 0, 1))).toBe('2026-12-01');
    expect(localDay(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(dailyItemId(ids, '2026-12-01')).toBe(dailyItemId([...ids].reverse(), '2026-12-01'));
  });

  test('comes round every item once before repeating', () => {
    const start = dayNumber('2026-12-01');
    const days = ids.map((_, i) => new Date(Date.UTC(1970, 0, 1 + start + i)).toISOString().slice(0, 10));
    expect(new Set(days.map((day) => dailyItemId(ids, day))).size).toBe(ids.length);
  });

  test('counts calendar days across month ends and DST changes', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1);
  });

  test('needs items', () => {
    expect(() => dailyItemId([], '2026-12-01')).toThrow(/at least one item/);
  });
});

describe('PRA-2: the streak', () => {
  test('grows by one a day, once a day', () => {
    let streak = practise(noStreak, '2026-12-01');
    streak = practise(streak, '2026-12-01');
    streak = practise(streak, '2026-12-02');
    expect(streak).toEqual({ lastDay: '2026-12-02', count: 2, best: 2 });
  });

  test('forgives one missed day but not two', () => {
    const two = practise(practise(noStreak, '2026-12-01'), '2026-12-02');
    expect(currentStreak(two, '2026-12-04')).toBe(2);
    expect(practise(two, '2026-12-04').count).toBe(3);
    expect(currentStreak(two, '2026-12-05')).toBe(0);
    expect(practise(two, '2026-12-05')).toEqual({ lastDay: '2026-12-05', count: 1, best: 2 });
  });

  test('ignores a day earlier than the last one (a clock set back)', () => {
    const streak = practise(noStreak, '2026-12-05');
    expect(practise(streak, '2026-12-01')).toBe(streak);
  });
});
