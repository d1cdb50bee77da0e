/**
 * The shape of saved progress and the check that reads it back. Hand-written instead of zod because it runs in the
 * browser (zod cost ~14 KB gzip there, issue 13) and because it must drop bad entries one by one: one unknown id or
 * out-of-range value never costs the learner the rest of the blob (issue 12, STO-3). zod stays for build-time content.
 */
import type { Confidence, ExamResponse } from '@/lib/exam/score';
import { scoreAttempt } from '@/lib/exam/attempt-score';
import { verdicts } from '@/lib/exam/verdicts';
import { isId } from '@/lib/ids';

/**
 * Current version of saved progress. Bump it with a migration and a fixture (RELIABILITY STO-4). v4 changed only how
 * progress is stored (the compact form of progress-compact.ts, STO-6); the shape below is still v3's.
 */
export const progressVersion = 4;

export type Answer = { choice: string[]; correct: boolean };
/** A checked red-flag exercise: the part ids the learner marked and whether that was exactly right. */
export type SpotterResult = { marked: string[]; correct: boolean };
/**
 * One finished exam or pre-check: the item ids drawn, in order, and the ones answered right; scores derive from these.
 * The optional lists feed the pass rule and the before → after figures (lib/exam/signal): partial credit of Spotter
 * items partly right, the genuine items drawn, the items treated as scams, and those answered "sure".
 */
export type Attempt = {
  items: string[];
  right: string[];
  partial?: Record<string, number>;
  genuine?: string[];
  flagged?: string[];
  sure?: string[];
};
/** The exam attempt under way (STO-14): the ids drawn, in order, and the answers given so far. */
type ExamInProgress = { items: string[]; responses: Record<string, ExamResponse> };

export type Progress = {
  /** quiz id → question id → the learner's checked answer. */
  answers: Record<string, Record<string, Answer>>;
  /** Slugs of lessons the learner has opened. */
  visited: string[];
  /** The lesson the learner opened last, for "continue where you left off". */
  lastLesson: string | null;
  spotters: Record<string, SpotterResult>;
  /** The optional 8-item check taken before the course, for the "before → after" comparison. */
  precheck: Attempt | null;
  exam: {
    /** The most recent attempts, oldest first; the last one's items are avoided by the next draw. */
    attempts: Attempt[];
    /** The day of the first pass, printed on the certificate. */
    passedOn: string | null;
    /** The score that pass was earned with, so the certificate never changes when old attempts roll off (v3). */
    passedPercent: number | null;
    current: ExamInProgress | null;
  };
  /** Exam item id → how many times in a row it has been answered right in review; it leaves the queue at 2. */
  review: Record<string, number>;
};

/** How many exam attempts are kept: enough for "different across attempts", small enough for STO-6. */
export const maxAttempts = 3;
/** Generous bounds: another draw size or a longer lesson must not make saved data invalid. */
const limits = { choice: 12, marked: 30, items: 30, visited: 200, entries: 500 } as const;

export const initialProgress: Progress = {
  answers: {},
  visited: [],
  lastLesson: null,
  spotters: {},
  precheck: null,
  exam: { attempts: [], passedOn: null, passedPercent: null, current: null },
  review: {},
};

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Counts what had to be left out, so the caller can keep a copy of the original (STO-12). */
type Dropped = { count: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ids(value: unknown, max: number, dropped: Dropped): string[] {
  if (!Array.isArray(value)) return ((dropped.count += value === undefined ? 0 : 1), []);
  const kept = [...new Set(value.filter(isId))].slice(0, max);
  dropped.count += value.length - kept.length;
  return kept;
}

/** Keeps the entries whose key is an id and whose value `read` accepts; drops the others one by one. */
function entries<T>(value: unknown, read: (entry: unknown) => T | undefined, dropped: Dropped): Record<string, T> {
  if (!isObject(value)) return ((dropped.count += value === undefined ? 0 : 1), {});
  const kept: Record<string, T> = {};
  for (const [key, raw] of Object.entries(value).slice(0, limits.entries)) {
    const entry = isId(key) ? read(raw) : undefined;
    if (entry === undefined) dropped.count += 1;
    else kept[key] = entry;
  }
  return kept;
}

/** Reads a plain object with exactly the given keys; unknown keys make it unreadable (STO-7 allowlist). */
function only(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  return isObject(value) && Object.keys(value).every((key) => keys.includes(key)) ? value : undefined;
}

function answer(value: unknown): Answer | undefined {
  const v = only(value, ['choice', 'correct']);
  if (!v || typeof v.correct !== 'boolean' || !Array.isArray(v.choice) || !v.choice.every(isId)) return undefined;
  if (v.choice.length > limits.choice) return undefined;
  return { choice: v.choice as string[], correct: v.correct };
}

function spotterResult(value: unknown): SpotterResult | undefined {
  const v = only(value, ['marked', 'correct']);
  if (!v || typeof v.correct !== 'boolean' || !Array.isArray(v.marked) || !v.marked.every(isId)) return undefined;
  if (v.marked.length > limits.marked) return undefined;
  return { marked: v.marked as string[], correct: v.correct };
}

const attemptLists = ['genuine', 'flagged', 'sure'] as const;

function attempt(value: unknown): Attempt | undefined {
  const v = only(value, ['items', 'right', 'partial', ...attemptLists]);
  if (!v || !Array.isArray(v.items) || !Array.isArray(v.right)) return undefined;
  const items = [...new Set(v.items.filter(isId))].slice(0, limits.items);
  if (items.length !== v.items.length || items.length === 0) return undefined;
  const drawn = (id: unknown): id is string => isId(id) && items.includes(id);
  const kept: Attempt = { items, right: v.right.filter(drawn) };
  // Figures from an older or damaged record are left out one by one; the score still derives from items and right.
  if (isObject(v.partial)) {
    const partial = Object.entries(v.partial).filter(
      ([id, credit]) => drawn(id) && typeof credit === 'number' && credit >= 0 && credit <= 1,
    );
    if (partial.length) kept.partial = Object.fromEntries(partial) as Record<string, number>;
  }
  for (const list of attemptLists) if (Array.isArray(v[list])) kept[list] = (v[list] as unknown[]).filter(drawn);
  return kept;
}

const confidences = ['guessing', 'fairly-sure', 'sure'];

function response(value: unknown): ExamResponse | undefined {
  if (!isObject(value)) return undefined;
  if (value.type === 'verdict') {
    const v = only(value, ['type', 'choice', 'confidence']);
    const choice = v?.choice;
    if (!verdicts.includes(choice as never) || !confidences.includes(v?.confidence as string)) return undefined;
    return { type: 'verdict', choice: choice as (typeof verdicts)[number], confidence: v!.confidence as Confidence };
  }
  const list = value.type === 'spotter' ? 'marked' : value.type === 'question' ? 'choice' : undefined;
  const v = list && only(value, ['type', list]);
  const picked = v?.[list!];
  if (!Array.isArray(picked) || !picked.every(isId) || picked.length > limits.marked) return undefined;
  return value.type === 'spotter' ? { type: 'spotter', marked: picked } : { type: 'question', choice: picked };
}

function examInProgress(value: unknown, dropped: Dropped): ExamInProgress | null {
  const v = only(value, ['items', 'responses']);
  const items = v ? ids(v.items, limits.items, dropped) : [];
  if (items.length === 0) return ((dropped.count += value === null || value === undefined ? 0 : 1), null);
  const responses = entries(v!.responses, response, dropped);
  for (const id of Object.keys(responses)) if (!items.includes(id)) delete responses[id];
  return { items, responses };
}

const percentOf = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100 ? (value as number) : undefined;

/** The best passing score among kept attempts: how a v1/v2 blob, which had no `passedPercent`, learns its score. */
function bestPass(attempts: Attempt[]): number | null {
  const passes = attempts.map((a) => scoreAttempt(a, () => 'exam')).filter((score) => score.passed);
  return passes.length ? Math.max(...passes.map((score) => score.percent)) : null;
}

const topLevel = ['answers', 'visited', 'lastLesson', 'spotters', 'precheck', 'exam', 'review'];
const examKeys = ['attempts', 'passedOn', 'passedPercent', 'current'];

/**
 * Reads saved progress of any version up to the current one. Whatever is malformed is left out entry by entry and
 * counted; everything else is kept. This is also the migration from every older version (STO-4): v1 and v2 simply
 * lack the newer fields, which start at their defaults, and v2's pass learns its score from its attempts.
 */
export function readProgress(state: unknown): { progress: Progress; dropped: number } {
  const dropped: Dropped = { count: 0 };
  if (!isObject(state)) return { progress: initialProgress, dropped: 1 };
  dropped.count += Object.keys(state).filter((key) => !topLevel.includes(key)).length;
  const exam = isObject(state.exam) ? state.exam : {};
  dropped.count += Object.keys(exam).filter((key) => !examKeys.includes(key)).length;
  const attempts = Array.isArray(exam.attempts) ? exam.attempts.map(attempt) : [];
  const keptAttempts = attempts.filter((a): a is Attempt => a !== undefined).slice(-maxAttempts);
  dropped.count += attempts.length - keptAttempts.length;
  const passedOn = typeof exam.passedOn === 'string' && dayPattern.test(exam.passedOn) ? exam.passedOn : null;
  const lastLesson = isId(state.lastLesson) ? state.lastLesson : null;
  if (state.lastLesson != null && !lastLesson) dropped.count += 1;
  const precheck = state.precheck === null || state.precheck === undefined ? null : (attempt(state.precheck) ?? null);
  if (state.precheck && !precheck) dropped.count += 1;
  const progress: Progress = {
    answers: entries(state.answers, (quiz) => (isObject(quiz) ? entries(quiz, answer, dropped) : undefined), dropped),
    visited: ids(state.visited, limits.visited, dropped),
    lastLesson,
    spotters: entries(state.spotters, spotterResult, dropped),
    precheck,
    exam: {
      attempts: keptAttempts,
      passedOn,
      // v1/v2 had no passedPercent: it is learnt from the kept attempts, as the certificate used to compute it.
      passedPercent: passedOn ? (percentOf(exam.passedPercent) ?? bestPass(keptAttempts)) : null,
      current: examInProgress(exam.current, dropped),
    },
    review: entries(state.review, (streak) => (streak === 0 || streak === 1 ? streak : undefined), dropped),
  };
  return { progress, dropped: dropped.count };
}
