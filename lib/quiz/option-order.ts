import type { QuestionData, QuizData } from '../content/schema';

/**
 * Issue 10 item 1: a quiz shows its options in an order shuffled once per question, seeded by the question's id, so
 * the key's position says nothing and the static HTML, the no-JS view and the hydrated page all show the same order.
 * Option ids are unchanged (they are progress keys); only the order moves. A few lines of FNV-1a and mulberry32
 * instead of a library: we need a stable, seedable order, not statistical quality.
 */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const next = random(seedOf(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The quiz with every question's options in their build-time order (seeded by quiz and question id). */
export function withShuffledOptions(quiz: QuizData): QuizData {
  return {
    ...quiz,
    questions: quiz.questions.map((question): QuestionData => ({
      ...question,
      options: shuffled(question.options, `${quiz.id}/${question.id}`),
    })),
  };
}
