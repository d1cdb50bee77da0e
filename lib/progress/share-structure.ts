/**
 * Returns `next`, but with every part that equals the same part of `prev` replaced by `prev`'s object. Progress is
 * re-read from storage whenever another tab writes (STO-10); without this every re-read would hand React and the
 * embed bridge brand-new objects, re-rendering everything and looking like a new exam attempt.
 */
export function shareStructure<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const out: Record<string, unknown> = Array.isArray(next) ? ([] as unknown as Record<string, unknown>) : {};
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    out[key] = shareStructure(before[key], after[key]);
    if (out[key] !== before[key] || !(key in before)) same = false;
  }
  return same ? prev : (out as T);
}
