/**
 * The exam's question view and its result, as one chunk (components/exam/exam.tsx loads it): both need the mock kit,
 * the exam catalogue and the grading, so two chunks would each carry a copy, and a learner who sees one of the
 * views soon sees the other.
 */
export { ExamRunner } from './exam-runner';
export { ExamResult } from './exam-result';
