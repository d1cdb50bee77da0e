/**
 * Every change to progress as data, and the pure function that applies one. Tabs agree because a tab never writes
 * its own copy of the state: it re-reads what is stored and applies its action to that (STO-10), so whatever order
 * tabs act in, each action lands on the latest data and nothing another tab saved is lost.
 */
import type { ExamResponse } from '@/lib/exam/score';
import { scoreAttempt } from '@/lib/exam/attempt-score';
import { maxAttempts, type Answer, type Attempt, type Progress, type SpotterResult } from './progress-schema';

export type ProgressAction =
  | { type: 'answer'; quizId: string; questionId: string; answer: Answer }
  | { type: 'clear-question'; quizId: string; questionId: string }
  | { type: 'clear-quiz'; quizId: string }
  | { type: 'visit'; slug: string }
  | { type: 'check-spotter'; spotterId: string; result: SpotterResult }
  | { type: 'clear-spotter'; spotterId: string }
  | { type: 'precheck'; attempt: Attempt }
  | { type: 'start-exam'; items: string[] }
  | { type: 'answer-exam'; itemId: string; response: ExamResponse }
  | { type: 'record-exam'; attempt: Attempt; passedOn: string | null }
  | { type: 'review'; itemId: string; correct: boolean }
  /** Progress from a code or file (STO-9), or from memory that could not be saved for a long time. */
  | { type: 'merge'; progress: Progress };

const without = <T>(record: Record<string, T>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function applyAction(state: Progress, action: ProgressAction): Progress {
  switch (action.type) {
    case 'answer':
      return {
        ...state,
        answers: {
          ...state.answers,
          [action.quizId]: { ...state.answers[action.quizId], [action.questionId]: action.answer },
        },
      };
    case 'clear-question':
      if (!state.answers[action.quizId]) return state;
      return {
        ...state,
        answers: { ...state.answers, [action.quizId]: without(state.answers[action.quizId]!, action.questionId) },
      };
    case 'clear-quiz':
      return { ...state, answers: without(state.answers, action.quizId) };
    case 'visit':
      return {
        ...state,
        lastLesson: action.slug,
        visited: state.visited.includes(action.slug) ? state.visited : [...state.visited, action.slug],
      };
    case 'check-spotter':
      return { ...state, spotters: { ...state.spotters, [action.spotterId]: action.result } };
    case 'clear-spotter':
      return { ...state, spotters: without(state.spotters, action.spotterId) };
    case 'precheck':
      return { ...state, precheck: action.attempt };
    case 'start-exam':
      // An attempt already under way (this tab's or another's) is resumed, never re-drawn (STO-14).
      if (state.exam.current) return state;
      return { ...state, exam: { ...state.exam, current: { items: action.items, responses: {} } } };
    case 'answer-exam': {
      const current = state.exam.current;
      if (!current?.items.includes(action.itemId) || action.itemId in current.responses) return state;
      const responses = { ...current.responses, [action.itemId]: action.response };
      return { ...state, exam: { ...state.exam, current: { ...current, responses } } };
    }
    case 'record-exam':
      return recordExam(state, action.attempt, action.passedOn);
    case 'review': {
      if (!(action.itemId in state.review)) return state;
      const streak = state.review[action.itemId] ?? 0;
      const rest = without(state.review, action.itemId);
      // A wrong answer sends the item to the back of the queue with its count back at zero.
      if (!action.correct) return { ...state, review: { ...rest, [action.itemId]: 0 } };
      return { ...state, review: streak >= 1 ? rest : { ...rest, [action.itemId]: 1 } };
    }
    case 'merge':
      return mergeProgress(state, action.progress);
  }
}

/**
 * A finished exam: keeps the last few attempts, queues every missed item (at the start of its streak), and on the
 * first pass keeps the day and the score for the certificate. The same attempt finished in two tabs counts once.
 */
function recordExam(state: Progress, attempt: Attempt, passedOn: string | null): Progress {
  const current = state.exam.current;
  const finishesCurrent = current !== null && sameItems(current.items, attempt.items);
  const last = state.exam.attempts.at(-1);
  if (!finishesCurrent && last && sameItems(last.items, attempt.items)) return state;
  const missed = attempt.items.filter((id) => !attempt.right.includes(id));
  const firstPass = state.exam.passedOn === null && passedOn !== null;
  return {
    ...state,
    exam: {
      attempts: [...state.exam.attempts, attempt].slice(-maxAttempts),
      passedOn: firstPass ? passedOn : state.exam.passedOn,
      passedPercent: firstPass ? scoreAttempt(attempt, () => 'exam').percent : state.exam.passedPercent,
      current: finishesCurrent ? null : current,
    },
    review: { ...state.review, ...Object.fromEntries(missed.map((id) => [id, 0])) },
  };
}

/**
 * Adds `incoming` to `base` without removing anything from `base`: what a learner expects from "Restore" on a
 * device that already has some progress. Where both hold the same thing, this browser's copy wins.
 */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const answers = { ...incoming.answers };
  for (const [quizId, quiz] of Object.entries(base.answers)) answers[quizId] = { ...answers[quizId], ...quiz };
  const attempts = [...incoming.exam.attempts];
  for (const attempt of base.exam.attempts)
    if (!attempts.some((a) => sameItems(a.items, attempt.items))) attempts.push(attempt);
  const earliestPass = [base.exam, incoming.exam]
    .filter((exam) => exam.passedOn !== null)
    .sort((a, b) => a.passedOn!.localeCompare(b.passedOn!))[0];
  return {
    answers,
    visited: [...new Set([...base.visited, ...incoming.visited])],
    lastLesson: base.lastLesson ?? incoming.lastLesson,
    spotters: { ...incoming.spotters, ...base.spotters },
    precheck: base.precheck ?? incoming.precheck,
    exam: {
      attempts: attempts.slice(-maxAttempts),
      passedOn: earliestPass?.passedOn ?? null,
      passedPercent: earliestPass?.passedPercent ?? null,
      current: base.exam.current ?? incoming.exam.current,
    },
    review: { ...incoming.review, ...base.review },
  };
}
