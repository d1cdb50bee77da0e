import type { QuestionData } from '@/lib/content/schema';
import type { Answer } from '@/lib/progress/progress-schema';
import { grade } from '@/lib/questions/grade';

/**
 * Issue 10 item 1: the answer saved when a question is checked. `correct` is what the quiz's score counts, so it is
 * true only for a right answer given before the explanations were shown: after "Check" has revealed the right answer
 * (a retry, or a restarted quiz), a right choice is shown as right but does not count as right at the first try.
 */
export function checkedAnswer(question: QuestionData, choice: string[], revealed: boolean): Answer {
  return { choice, correct: !revealed && grade(question, choice) === 'correct' };
}

/** A right choice saved after the answer had been shown: the verdict says so. */
export const rightOnRetry = (question: QuestionData, answer: Answer) =>
  !answer.correct && grade(question, answer.choice) === 'correct';
