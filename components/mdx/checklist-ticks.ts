/**
 * The checklist's stored value: `{ "<checklist id>": ["item-id", …] }`. Anything unreadable counts as no ticks and
 * is replaced on the next tick (it holds nothing but ticks, so nothing of value is lost).
 */
type Ticks = Record<string, string[]>;

function parse(stored: string | null): Ticks {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).map(([key, ids]) => [
        key,
        Array.isArray(ids) ? ids.filter((x) => typeof x === 'string') : [],
      ]),
    );
  } catch {
    return {};
  }
}

export function checklistTicks(stored: string | null, checklistId: string): string[] {
  return parse(stored)[checklistId] ?? [];
}

export function withTick(stored: string | null, checklistId: string, itemId: string, on: boolean): string {
  const all = parse(stored);
  const current = new Set(all[checklistId] ?? []);
  if (on) current.add(itemId);
  else current.delete(itemId);
  return JSON.stringify({ ...all, [checklistId]: [...current] });
}
