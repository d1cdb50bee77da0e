/**
 * Grading exam items and scoring attempts. Pure and free of zod and lib/content (only their types), so the exam's
 * client island can use it; the review of mistakes uses the same `gradeItem` feedback as the result page.
 */
import type { ExamItem, QuestionItem, SpotterItem, VerdictItem } from './schema';
import type { VerdictChoice } from './verdicts';
import { grade } from '@/lib/questions/grade';
import { passes, percentOf, type Tally } from '@/lib/questions/score';
import { withEveryPart } from '@/lib/spotter/parts';
import { scoreSpotter, type SpotterVerdict } from '@/lib/spotter/score';

export { passMark } from '@/lib/questions/score';

/** True when the right answer is "it looks safe": the genuine items every draw must include. */
export function isGenuine(item: ExamItem): boolean {
  if (item.type === 'verdict') return item.answer === 'safe';
  if (item.type === 'spotter') return !item.spots.some((spot) => spot.flag);
  return false;
}

/** What an item really is, for hit and false-alarm rates: scam, genuine, "check it yourself", or a question. */
export type ItemTruth = 'scam' | 'genuine' | 'check' | 'question';

export function truthOf(item: ExamItem): ItemTruth {
  if (item.type === 'question') return 'question';
  if (item.type === 'verdict' && item.answer === 'check') return 'check';
  return isGenuine(item) ? 'genuine' : 'scam';
}

export type Confidence = 'guessing' | 'fairly-sure' | 'sure';

/** A learner's answer to one item (kept in memory during an attempt; only ids and right/wrong are saved). */
export type ExamResponse =
  | { type: 'verdict'; choice: VerdictChoice; confidence: Confidence }
  | { type: 'spotter'; marked: string[] }
  | { type: 'question'; choice: string[] };

/**
 * What kind of right or wrong: over-caution (calling a genuine item a scam) is told apart from missing a scam,
 * because the feedback for each is different (issue 4). "could-tell": the learner chose "I'd check it myself" where
 * the screen settles it (a safe habit, but no credit); "needs-check": the screen cannot settle it, and the learner
 * judged anyway.
 */
export type ItemFeedback =
  'correct' | 'over-cautious' | 'missed-scam' | 'could-tell' | 'needs-check' | 'partly' | 'wrong-parts' | 'incorrect';

type ItemGrade = {
  correct: boolean;
  feedback: ItemFeedback;
  /** Points from 0 to 1: 1 when right, a share for a Spotter item partly right, else 0. */
  credit: number;
  /** The learner treated the item as a scam ("scam", or red flags marked): hit and false-alarm rates count this. */
  flagged: boolean;
};

const fromSpotter: Record<SpotterVerdict, ItemFeedback> = {
  'all-found': 'correct',
  safe: 'correct',
  partly: 'partly',
  'wrong-parts': 'wrong-parts',
  'missed-scam': 'missed-scam',
  'over-cautious': 'over-cautious',
};

/**
 * "check" scores only where it is the key. Elsewhere it earns nothing but is never a false alarm: checking through
 * your own route is the habit the course teaches, so its feedback says kindly that this screen could be settled.
 */
function gradeVerdict(item: VerdictItem, choice: VerdictChoice): ItemGrade {
  const flagged = choice === 'scam';
  if (choice === item.answer) return { correct: true, feedback: 'correct', credit: 1, flagged };
  const feedback: ItemFeedback =
    choice === 'check'
      ? 'could-tell'
      : item.answer === 'check'
        ? 'needs-check'
        : item.answer === 'safe'
          ? 'over-cautious'
          : 'missed-scam';
  return { correct: false, feedback, credit: 0, flagged };
}

function gradeQuestion(item: QuestionItem, choice: readonly string[]): ItemGrade {
  const verdict = grade(item, choice);
  const correct = verdict === 'correct';
  return { correct, feedback: verdict, credit: correct ? 1 : 0, flagged: false };
}

function gradeSpotter(item: SpotterItem, marked: readonly string[]): ItemGrade {
  // Every drawn part could be marked; one with no authored spot is a false alarm.
  const score = scoreSpotter(withEveryPart(item.spots, item.artefact), marked);
  return {
    correct: score.correct,
    feedback: fromSpotter[score.verdict],
    credit: score.credit,
    flagged: score.found.length + score.falseAlarms.length > 0,
  };
}

/** Grades a response; a response of the wrong type for the item counts as wrong. */
export function gradeItem(item: ExamItem, response: ExamResponse): ItemGrade {
  if (item.type === 'verdict' && response.type === 'verdict') return gradeVerdict(item, response.choice);
  if (item.type === 'question' && response.type === 'question') return gradeQuestion(item, response.choice);
  if (item.type === 'spotter' && response.type === 'spotter') return gradeSpotter(item, response.marked);
  return { correct: false, feedback: 'incorrect', credit: 0, flagged: false };
}

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

/** What a finished exam or pre-check saves (lib/progress `attemptSchema`): scores and figures derive from it. */
type AttemptRecord = {
  items: string[];
  right: string[];
  partial?: Record<string, number>;
  genuine: string[];
  flagged: string[];
  sure: string[];
};

/** Grades every answer of a finished attempt into what is saved: ids, right ids, partial credit and the figures' ids. */
export function attemptFrom(
  items: readonly ExamItem[],
  responses: Readonly<Record<string, ExamResponse>>,
): AttemptRecord {
  const graded = items.map((item) => ({ item, grade: gradeItem(item, responses[item.id]!) }));
  const partial = Object.fromEntries(
    graded
      .filter(({ grade }) => !grade.correct && grade.credit > 0)
      // Two decimals, rounded down, keep the saved data small and never round a score up.
      .map(({ item, grade }) => [item.id, Math.floor(grade.credit * 100) / 100]),
  );
  return {
    items: items.map((item) => item.id),
    right: graded.filter(({ grade }) => grade.correct).map(({ item }) => item.id),
    ...(Object.keys(partial).length ? { partial } : {}),
    genuine: items.filter(isGenuine).map((item) => item.id),
    flagged: graded.filter(({ grade }) => grade.flagged).map(({ item }) => item.id),
    sure: items
      .filter((item) => {
        const response = responses[item.id];
        return response?.type === 'verdict' && response.confidence === 'sure';
      })
      .map((item) => item.id),
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
