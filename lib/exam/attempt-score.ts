/**
 * Scoring a saved attempt (ids drawn, ids right, partial credit): what the result page, the certificate and the
 * progress store need. Apart from ./score (grading answers), which pulls in the Spotter's part names, so the
 * progress store and the certificate carry no grading code (issue 13).
 */
import { passes, percentOf, type Tally } from '@/lib/questions/score';

type TopicScore = { topic: string; right: number; total: number };

/** What a saved attempt holds (lib/progress): ids drawn, ids right, and the optional extras of a 16-item exam. */
export type SavedAttempt = {
  items: readonly string[];
  right: readonly string[];
  /** Item id → partial credit (0–1) for Spotter items partly right; absent items count 1 if right, else 0. */
  partial?: Readonly<Record<string, number>>;
  /** Ids of the genuine items drawn, so the pass rule needs no pool (the certificate and the embed have none). */
  genuine?: readonly string[];
};

export type AttemptScore = {
  /** Items answered fully right. */
  right: number;
  /** Right answers plus partial credit: what the percentage is of. */
  points: number;
  total: number;
  /** Whole percent, rounded down, so 79.9 % never shows as a pass. */
  percent: number;
  passed: boolean;
  /** The genuine items drawn and how many were right (the second half of the pass rule). */
  genuine: Tally;
  byTopic: TopicScore[];
};

/** The points of one item in a saved attempt: 1 if right, else its partial credit. */
function pointsOf(attempt: SavedAttempt, right: Set<string>, id: string): number {
  return right.has(id) ? 1 : Math.min(1, Math.max(0, attempt.partial?.[id] ?? 0));
}

/**
 * Scores a saved attempt (item ids and the ids answered right) against the pool. Items no longer in the pool still
 * count towards the total, under the topic "other", so an old attempt's score never changes.
 */
export function scoreAttempt(attempt: SavedAttempt, topicOf: (itemId: string) => string | undefined): AttemptScore {
  const right = new Set(attempt.right);
  const items = [...new Set(attempt.items)];
  const points = items.reduce((sum, id) => sum + pointsOf(attempt, right, id), 0);
  const topics = new Map<string, TopicScore>();
  for (const id of items) {
    const topic = topicOf(id) ?? 'other';
    const entry = topics.get(topic) ?? { topic, right: 0, total: 0 };
    entry.total += 1;
    entry.right += pointsOf(attempt, right, id);
    topics.set(topic, entry);
  }
  const genuineIds = (attempt.genuine ?? []).filter((id) => items.includes(id));
  const genuine = { right: genuineIds.filter((id) => right.has(id)).length, total: genuineIds.length };
  return {
    right: items.filter((id) => right.has(id)).length,
    points,
    total: items.length,
    percent: percentOf(points, items.length),
    passed: passes(points, items.length, genuine),
    genuine,
    byTopic: [...topics.values()],
  };
}

/** Points for display: whole numbers as they are, partial credit to one decimal ("12.5"). */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : (Math.floor(points * 10 + 1e-9) / 10).toFixed(1);
}

type Gain = { before: number; after: number; points: number };

/** The learner's own before → after: pre-check percent, exam percent, and the difference in percentage points. */
export function gainOf(before: AttemptScore | undefined, after: AttemptScore): Gain | undefined {
  if (!before || before.total === 0) return undefined;
  return { before: before.percent, after: after.percent, points: after.percent - before.percent };
}

/** Today in the learner's own time zone, as YYYY-MM-DD: the only date the certificate needs (STO-7). */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
