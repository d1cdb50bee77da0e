import { describe, expect, it } from 'vitest';
import { shuffled, withShuffledOptions } from './option-order';
import type { QuizData } from '../content/schema';

const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, explanation: 'Why.' });
const quiz: QuizData = {
  id: 'sample-quiz',
  questions: [
    { id: 'q-1', kind: 'single', prompt: 'One?', options: [option('a', true), option('b'), option('c'), option('d')] },
    { id: 'q-2', kind: 'multiple', prompt: 'Two?', options: [option('a', true), option('b', true), option('c')] },
  ],
};

describe('build-time option order (issue 10 item 1)', () => {
  it('is the same on every call for the same id, so server HTML, no-JS view and hydrated page agree', () => {
    expect(withShuffledOptions(quiz)).toEqual(withShuffledOptions(structuredClone(quiz)));
  });

  it('keeps every option and its id, only reordered', () => {
    const result = withShuffledOptions(quiz);
    result.questions.forEach((question, i) => {
      expect(question.options.map((o) => o.id).sort()).toEqual(quiz.questions[i]!.options.map((o) => o.id).sort());
      expect(question.options).toEqual(expect.arrayContaining(quiz.questions[i]!.options));
    });
  });

  it('puts the first-written option in every position about equally often across many ids', () => {
    const positions = [0, 0, 0, 0];
    for (let n = 0; n < 4000; n++) positions[shuffled(['key', 'b', 'c', 'd'], `quiz/question-${n}`).indexOf('key')]!++;
    for (const count of positions) expect(count).toBeGreaterThan(850); // chance is 1000 each
  });
});
