import { dayNumber } from './daily';

/** Days practised in a row, kept in the browser only (RELIABILITY PRA-2). */
export type Streak = { lastDay: string | null; count: number; best: number };

export const noStreak: Streak = { lastDay: null, count: 0, best: 0 };

/** A streak survives one missed day (a gap of two days); a second missed day in a row ends it. */
const forgivenDays = 1;

const gap = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The streak after practising on `day`: once a day counts; a later day within the grace period extends it. */
export function practise(streak: Streak, day: string): Streak {
  if (streak.lastDay && gap(streak.lastDay, day) <= 0) return streak;
  const kept = streak.lastDay !== null && gap(streak.lastDay, day) <= 1 + forgivenDays;
  const count = kept ? streak.count + 1 : 1;
  return { lastDay: day, count, best: Math.max(streak.best, count) };
}

/** The streak as it stands on `today`: still alive if today's practice would extend it, else 0. */
export function currentStreak(streak: Streak, today: string): number {
  if (!streak.lastDay) return 0;
  return gap(streak.lastDay, today) <= 1 + forgivenDays ? streak.count : 0;
}
