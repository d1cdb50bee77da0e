/**
 * Grading exam items (scoring saved attempts is ./attempt-score). Pure and free of zod and lib/content (only their
 * types), so the exam's client island can use it; the review of mistakes uses the same `gradeItem` feedback as the
 * result page.
 */
import type { ExamItem, QuestionItem, SpotterItem } from './schema';
import type { VerdictChoice } from './verdicts';
import { grade } from '@/lib/questions/grade';
import { withEveryPart } from '@/lib/spotter/parts';
import { scoreSpotter, type SpotterVerdict } from '@/lib/spotter/score';
import { gradeVerdict, type ItemFeedback, type ItemGrade } from './grade-verdict';

export { passMark } from '@/lib/questions/score';
export type { ItemFeedback } from './grade-verdict';
// Scoring saved attempts lives apart (the store needs it, not grading); re-exported for the callers that grade too.
export { formatPoints, gainOf, localDay, scoreAttempt, type AttemptScore, type SavedAttempt } from './attempt-score';

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

const fromSpotter: Record<SpotterVerdict, ItemFeedback> = {
  'all-found': 'correct',
  safe: 'correct',
  partly: 'partly',
  'wrong-parts': 'wrong-parts',
  'missed-scam': 'missed-scam',
  'over-cautious': 'over-cautious',
};

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
