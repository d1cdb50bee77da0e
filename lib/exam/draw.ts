/**
 * Drawing exam and pre-check questions from the pool: balanced across topics, with genuine ("looks safe") items
 * and every kind of item, no repeats within an attempt, and different from the last attempt when the pool allows.
 * Seeded, so a draw is reproducible in tests (and with ?seed= on the exam page); pure, so it runs in the browser.
 */
export type Drawable = {
  id: string;
  topic: string;
  type: string;
  /** True when the right answer is "it looks safe". */
  genuine: boolean;
};

export type DrawOptions = {
  size: number;
  seed: number;
  /** Ids to use only if nothing else fits (the last attempt's items, the pre-check's). */
  avoid?: readonly string[];
  /** At least this many genuine items, when the pool has them. */
  minGenuine?: number;
};

/** mulberry32: a tiny, well-spread 32-bit PRNG. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** How many items each topic gets: equal shares, the remainder to randomly chosen topics, capped by supply. */
function quotas(
  topics: string[],
  supply: Map<string, number>,
  size: number,
  random: () => number,
): Map<string, number> {
  const quota = new Map(topics.map((topic) => [topic, 0]));
  let left = Math.min(
    size,
    [...supply.values()].reduce((a, b) => a + b, 0),
  );
  while (left > 0) {
    const open = topics.filter((topic) => quota.get(topic)! < supply.get(topic)!);
    const lowest = Math.min(...open.map((topic) => quota.get(topic)!));
    const candidates = shuffle(
      open.filter((topic) => quota.get(topic) === lowest),
      random,
    );
    for (const topic of candidates.slice(0, left)) {
      quota.set(topic, quota.get(topic)! + 1);
      left -= 1;
    }
  }
  return quota;
}

export function drawItems<T extends Drawable>(pool: readonly T[], options: DrawOptions): T[] {
  const { size, seed, avoid = [], minGenuine = 0 } = options;
  const random = seededRandom(seed);
  const avoided = new Set(avoid);
  const topics = [...new Set(pool.map((item) => item.topic))].sort();
  const byTopic = new Map(topics.map((topic) => [topic, pool.filter((item) => item.topic === topic)]));
  const quota = quotas(topics, new Map(topics.map((t) => [t, byTopic.get(t)!.length])), size, random);

  // Per topic: a random order, with avoided items pushed to the back (used only when nothing else is left).
  const ranked = new Map(
    topics.map((topic) => {
      const order = shuffle(byTopic.get(topic)!, random);
      return [topic, [...order.filter((i) => !avoided.has(i.id)), ...order.filter((i) => avoided.has(i.id))]];
    }),
  );
  const picked = new Map(topics.map((topic) => [topic, ranked.get(topic)!.slice(0, quota.get(topic))]));

  const all = () => [...picked.values()].flat();
  /**
   * Swaps one picked item for an unpicked one of the same topic, so the topic balance never changes. `wanted` says
   * which unpicked items would help; `expendable` which picked items may go. Fresh items are preferred.
   */
  const swapIn = (wanted: (item: T) => boolean, expendable: (item: T) => boolean): boolean => {
    const choices = shuffle(topics, random).flatMap((topic) => {
      const chosen = picked.get(topic)!;
      const incoming = ranked.get(topic)!.filter((item) => !chosen.includes(item) && wanted(item));
      const outgoing = [...chosen].reverse().find(expendable);
      return incoming.length && outgoing ? [{ topic, incoming: incoming[0]!, outgoing }] : [];
    });
    const best = choices.find((choice) => !avoided.has(choice.incoming.id)) ?? choices[0];
    if (!best) return false;
    const chosen = picked.get(best.topic)!;
    chosen[chosen.indexOf(best.outgoing)] = best.incoming;
    return true;
  };

  const genuineCount = () => all().filter((item) => item.genuine).length;
  while (genuineCount() < minGenuine) {
    if (
      !swapIn(
        (item) => item.genuine,
        (item) => !item.genuine,
      )
    )
      break;
  }
  // Every kind of item the pool has (verdict, spotter, question), as long as the draw is big enough.
  const types = [...new Set(pool.map((item) => item.type))];
  if (size >= types.length) {
    for (const type of types) {
      if (all().some((item) => item.type === type)) continue;
      const counts = (t: string) => all().filter((item) => item.type === t).length;
      swapIn(
        (item) => item.type === type,
        (item) => counts(item.type) > 1 && (!item.genuine || genuineCount() > minGenuine),
      );
    }
  }
  return shuffle(all(), random);
}

/** FNV-1a: a stable 32-bit number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The options of a question in an order fixed by its id: authors tend to write the right answer first, and a
 * stable order means the review shows them as the learner saw them.
 */
export function optionOrder<T>(itemId: string, options: readonly T[]): T[] {
  return shuffle(options, seededRandom(hash(itemId)));
}

/** A fresh seed from the browser's crypto source (a draw needs no more than 32 bits). */
export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]!;
}

/** Reads `?seed=` through an allowlist (digits only, at most 9), for reproducible draws; anything else is ignored. */
export function seedFromQuery(search: string): number | undefined {
  const value = new URLSearchParams(search).get('seed');
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
