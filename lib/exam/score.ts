/**
 * Grading exam items and scoring attempts. Pure and free of zod and lib/content (only their types), so the exam's
 * client island can use it; the review of mistakes uses the same `gradeItem` feedback as the result page.
 */
import type { ExamItem, QuestionItem, SpotterItem, VerdictItem } from './schema';
import { grade } from '@/lib/questions/grade';
import { passes, percentOf } from '@/lib/questions/score';
import { scoreSpotter, type SpotterVerdict } from '@/lib/spotter/score';

export { passMark } from '@/lib/questions/score';

/** True when the right answer is "it looks safe": the genuine items every draw must include. */
export function isGenuine(item: ExamItem): boolean {
  if (item.type === 'verdict') return item.answer === 'safe';
  if (item.type === 'spotter') return !item.spots.some((spot) => spot.flag);
  return false;
}

export type Confidence = 'guessing' | 'fairly-sure' | 'sure';

/** A learner's answer to one item (kept in memory during an attempt; only ids and right/wrong are saved). */
export type ExamResponse =
  | { type: 'verdict'; choice: 'scam' | 'safe'; confidence: Confidence }
  | { type: 'spotter'; marked: string[] }
  | { type: 'question'; choice: string[] };

/**
 * What kind of right or wrong: over-caution (calling a genuine item a scam) is told apart from missing a scam,
 * because the feedback for each is different (issue 4).
 */
export type ItemFeedback = 'correct' | 'over-cautious' | 'missed-scam' | 'partly' | 'wrong-parts' | 'incorrect';

export type ItemGrade = { correct: boolean; feedback: ItemFeedback };

const fromSpotter: Record<SpotterVerdict, ItemFeedback> = {
  'all-found': 'correct',
  safe: 'correct',
  partly: 'partly',
  'wrong-parts': 'wrong-parts',
  'missed-scam': 'missed-scam',
  'over-cautious': 'over-cautious',
};

function gradeVerdict(item: VerdictItem, choice: 'scam' | 'safe'): ItemGrade {
  if (choice === item.answer) return { correct: true, feedback: 'correct' };
  return { correct: false, feedback: item.answer === 'safe' ? 'over-cautious' : 'missed-scam' };
}

function gradeQuestion(item: QuestionItem, choice: readonly string[]): ItemGrade {
  const verdict = grade(item, choice);
  return { correct: verdict === 'correct', feedback: verdict };
}

function gradeSpotter(item: SpotterItem, marked: readonly string[]): ItemGrade {
  const score = scoreSpotter(item.spots, marked);
  return { correct: score.correct, feedback: fromSpotter[score.verdict] };
}

/** Grades a response; a response of the wrong type for the item counts as wrong. */
export function gradeItem(item: ExamItem, response: ExamResponse): ItemGrade {
  if (item.type === 'verdict' && response.type === 'verdict') return gradeVerdict(item, response.choice);
  if (item.type === 'question' && response.type === 'question') return gradeQuestion(item, response.choice);
  if (item.type === 'spotter' && response.type === 'spotter') return gradeSpotter(item, response.marked);
  return { correct: false, feedback: 'incorrect' };
}

export type TopicScore = { topic: string; right: number; total: number };

export type AttemptScore = {
  right: number;
  total: number;
  /** Whole percent, rounded down, so 79.9 % never shows as a pass. */
  percent: number;
  passed: boolean;
  byTopic: TopicScore[];
};

/**
 * Scores a saved attempt (item ids and the ids answered right) against the pool. Items no longer in the pool still
 * count towards the total, under the topic "other", so an old attempt's score never changes.
 */
export function scoreAttempt(
  attempt: { items: readonly string[]; right: readonly string[] },
  topicOf: (itemId: string) => string | undefined,
): AttemptScore {
  const right = new Set(attempt.right);
  const items = [...new Set(attempt.items)];
  const correct = items.filter((id) => right.has(id)).length;
  const topics = new Map<string, TopicScore>();
  for (const id of items) {
    const topic = topicOf(id) ?? 'other';
    const entry = topics.get(topic) ?? { topic, right: 0, total: 0 };
    entry.total += 1;
    if (right.has(id)) entry.right += 1;
    topics.set(topic, entry);
  }
  return {
    right: correct,
    total: items.length,
    percent: percentOf(correct, items.length),
    passed: passes(correct, items.length),
    byTopic: [...topics.values()],
  };
}

export type Gain = { before: number; after: number; points: number };

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
