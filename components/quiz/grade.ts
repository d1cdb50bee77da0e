import type { QuestionData } from '@/lib/content/schema';

export type Verdict = 'correct' | 'partly' | 'incorrect';

/** Right only when the chosen set equals the correct set; "partly" when some but not all of it was found. */
export function grade(question: QuestionData, choice: readonly string[]): Verdict {
  const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const hits = choice.filter((id) => correct.has(id)).length;
  if (hits === correct.size && choice.length === correct.size) return 'correct';
  return hits > 0 ? 'partly' : 'incorrect';
}
