import type { QuestionData } from '@/lib/content/schema';

export type Verdict = 'correct' | 'partly' | 'incorrect';

/** Right only when the chosen set equals the correct set; "partly" when some but not all of it was found. */
export function grade(question: QuestionData, choice: readonly string[]): Verdict {
  const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const chosen = new Set(choice);
  const hits = [...chosen].filter((id) => correct.has(id)).length;
  if (hits === correct.size && chosen.size === correct.size) return 'correct';
  return hits > 0 ? 'partly' : 'incorrect';
}
