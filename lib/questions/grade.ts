/**
 * The one grader for choice questions, shared by the lesson quizzes and the exam's scenario questions, so "right",
 * "partly" and "wrong" mean the same everywhere. Pure: no React, no zod, no content.
 */

export type Verdict = 'correct' | 'partly' | 'incorrect';

/** Right only when the chosen set equals the correct set; "partly" when some but not all of it was found. */
export function grade(
  question: { options: readonly { id: string; correct: boolean }[] },
  choice: readonly string[],
): Verdict {
  const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const chosen = new Set(choice);
  const hits = [...chosen].filter((id) => correct.has(id)).length;
  if (hits === correct.size && chosen.size === correct.size) return 'correct';
  return hits > 0 ? 'partly' : 'incorrect';
}
