/**
 * Drawing exam and pre-check questions from the pool to one blueprint (ASSESSMENT "Scoring"): every topic in equal
 * shares, every kind of item, and a fixed number of genuine ("looks safe") items. Retakes draw items the learner has
 * not seen until the pool is used up, then the longest unseen; the pre-check and the exam are parallel forms that
 * never share an item. Seeded, so a draw is reproducible in tests (and with ?seed= on the exam page); pure, so it runs
 * in the browser.
 */
export type Drawable = {
  id: string;
  topic: string;
  type: string;
  /** True when the right answer is "it looks safe". */
  genuine: boolean;
};

/** The shape every form is drawn to. */
export type Blueprint = {
  size: number;
  /** This many genuine items: at least, when the pool has them, and no more while other fresh items can fill in. */
  minGenuine: number;
};

/** The final exam: 16 items, at least 6 genuine, so 80 % means something and "everything is a scam" fails. */
export const examBlueprint: Blueprint = { size: 16, minGenuine: 6 };
/** The pre-check: the same blueprint at half the size, so before → after compares like with like. */
export const precheckBlueprint: Blueprint = { size: 8, minGenuine: 3 };

export type DrawOptions = Blueprint & {
  seed: number;
  /** Ids seen in earlier attempts, oldest first: unseen items come first, then those seen longest ago. */
  seen?: readonly string[];
  /** Ids of the other form (the pre-check, for the exam): never drawn while the pool has enough without them. */
  exclude?: readonly string[];
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

/**
 * How many items each topic gets: equal shares, capped by supply; the remainder goes to the topics with the most
 * unseen items left (ties at random), so retakes do not run one topic dry while others still have fresh items.
 */
function quotas(
  topics: string[],
  supply: Map<string, number>,
  fresh: Map<string, number>,
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
    const spare = (topic: string) => fresh.get(topic)! - quota.get(topic)!;
    const candidates = shuffle(
      open.filter((topic) => quota.get(topic) === lowest),
      random,
    ).sort((a, b) => spare(b) - spare(a));
    for (const topic of candidates.slice(0, left)) {
      quota.set(topic, quota.get(topic)! + 1);
      left -= 1;
    }
  }
  return quota;
}

/** How recently each id was seen: 0 for never, else 1 + its last position, so older sightings rank first. */
function staleness(seen: readonly string[]): Map<string, number> {
  const rank = new Map<string, number>();
  seen.forEach((id, index) => rank.set(id, index + 1));
  return rank;
}

export function drawItems<T extends Drawable>(pool: readonly T[], options: DrawOptions): T[] {
  const { size, seed, seen = [], exclude = [], minGenuine } = options;
  const random = seededRandom(seed);
  const excluded = new Set(exclude);
  // The other form is off limits unless the pool is too small to fill this one without it.
  const open = pool.filter((item) => !excluded.has(item.id));
  const source = open.length >= size ? open : pool;
  const rank = staleness(seen);
  const tier = (item: T) => rank.get(item.id) ?? 0;
  const topics = [...new Set(source.map((item) => item.topic))].sort();
  const byTopic = new Map(topics.map((topic) => [topic, source.filter((item) => item.topic === topic)]));
  const count = (topic: string, keep: (item: T) => boolean) => byTopic.get(topic)!.filter(keep).length;
  const quota = quotas(
    topics,
    new Map(topics.map((t) => [t, count(t, () => true)])),
    new Map(topics.map((t) => [t, count(t, (item) => tier(item) === 0)])),
    size,
    random,
  );

  // Per topic: unseen items in random order, then seen ones, longest unseen first.
  const ranked = new Map(
    topics.map((topic) => {
      const order = shuffle(byTopic.get(topic)!, random);
      return [topic, order.sort((a, b) => tier(a) - tier(b))];
    }),
  );
  const picked = new Map(topics.map((topic) => [topic, ranked.get(topic)!.slice(0, quota.get(topic))]));

  const all = () => [...picked.values()].flat();
  /**
   * Swaps one picked item for an unpicked one of the same topic, so the topic balance never changes. `wanted` says
   * which unpicked items would help; `expendable` which picked items may go. The freshest incoming item wins, and the
   * most recently seen picked item goes first.
   */
  const swapIn = (wanted: (item: T) => boolean, expendable: (item: T) => boolean, noStaler = false): boolean => {
    const choices = shuffle(topics, random).flatMap((topic) => {
      const chosen = picked.get(topic)!;
      const incoming = ranked.get(topic)!.find((item) => !chosen.includes(item) && wanted(item));
      const outgoing = [...chosen].sort((a, b) => tier(b) - tier(a)).find(expendable);
      // A swap that only trims extras must not bring back an item seen more recently than the one it replaces.
      if (noStaler && incoming && outgoing && tier(incoming) > tier(outgoing)) return [];
      return incoming && outgoing ? [{ topic, incoming, outgoing }] : [];
    });
    const best = choices.sort((a, b) => tier(a.incoming) - tier(b.incoming) || tier(b.outgoing) - tier(a.outgoing))[0];
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
  // A fixed genuine share: extra genuine items go back (so they last for later retakes) when a fresh item can replace them.
  while (genuineCount() > minGenuine) {
    if (
      !swapIn(
        (item) => !item.genuine,
        (item) => item.genuine,
        true,
      )
    )
      break;
  }
  // Every kind of item the pool has (verdict, spotter, question), as long as the draw is big enough.
  const types = [...new Set(source.map((item) => item.type))];
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
