/**
 * Daily practice (issue 15): one "scam or real?" item a day, the same for everyone on the same calendar day in
 * their own time zone, chosen in the browser with no server (RELIABILITY PRA-1).
 */

/** A calendar day as YYYY-MM-DD in the time zone of `date`'s environment (the learner's, in a browser). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days since 1970-01-01 for a YYYY-MM-DD day; calendar arithmetic, so time zones and DST never shift it. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.round(Date.UTC(year!, month! - 1, date!) / 86_400_000);
}

/** FNV-1a: a small, stable string hash, so the daily order does not follow the pool's topic-by-topic order. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/**
 * The id of the day's item: the ids in a fixed shuffled order, one a day, so every item comes once before any
 * repeats. Depends only on the ids and the day, never on the clock's time of day.
 */
export function dailyItemId(ids: readonly string[], day: string): string {
  if (ids.length === 0) throw new Error('daily practice needs at least one item');
  const order = [...ids].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const n = order.length;
  return order[((dayNumber(day) % n) + n) % n]!;
}
