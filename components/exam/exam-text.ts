import { examText } from '@/lib/i18n/en/exam';
import { precheckText } from '@/lib/i18n/en/precheck';
import { reviewText } from '@/lib/i18n/en/review';

/**
 * The few strings the start screens of the exam, the pre-check and the review show, picked by their server pages
 * and passed as props: those islands then import no catalogue, which only their question and result views
 * (separate chunks) need (issue 13). Server code only: a client module importing this would bundle the catalogues.
 */
export const examStartText = {
  start: examText.start,
  retake: examText.retake,
  keptNote: examText.keptNote,
  retakeNote: examText.retakeNote,
  loading: examText.loading,
  gettingReady: examText.gettingReady,
};

export const precheckStartText = {
  start: precheckText.start,
  skip: precheckText.skip,
  loading: examText.loading,
  gettingReady: examText.gettingReady,
};

export const reviewStartText = {
  empty: reviewText.empty,
  emptyExam: reviewText.emptyExam,
  /** A message for lib/i18n/format (a plural of {count}). */
  waiting: reviewText.waiting,
  start: reviewText.start,
  again: reviewText.again,
  roundDone: reviewText.roundDone,
  allDone: reviewText.allDone,
  loading: examText.loading,
  gettingReady: examText.gettingReady,
};

export type ExamStartText = typeof examStartText;
export type PrecheckStartText = typeof precheckStartText;
export type ReviewStartText = typeof reviewStartText;
