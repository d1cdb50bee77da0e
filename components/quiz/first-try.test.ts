import { describe, expect, it } from 'vitest';
import type { QuestionData } from '@/lib/content/schema';
import { checkedAnswer, rightOnRetry } from './first-try';

const question: QuestionData = {
  id: 'q',
  kind: 'single',
  prompt: 'Which?',
  options: [
    { id: 'key', text: 'Key', correct: true, explanation: 'Right.' },
    { id: 'other', text: 'Other', correct: false, explanation: 'Wrong.' },
  ],
};

describe('first-time right answers (issue 10 item 1)', () => {
  it('counts a right answer given before the key was shown', () => {
    expect(checkedAnswer(question, ['key'], false)).toEqual({ choice: ['key'], correct: true });
    expect(checkedAnswer(question, ['other'], false)).toEqual({ choice: ['other'], correct: false });
  });

  it('does not count a right answer after a retry or restart revealed the key, but says it is right', () => {
    const retried = checkedAnswer(question, ['key'], true);
    expect(retried).toEqual({ choice: ['key'], correct: false });
    expect(rightOnRetry(question, retried)).toBe(true);
    expect(rightOnRetry(question, { choice: ['key'], correct: true })).toBe(false);
    expect(rightOnRetry(question, { choice: ['other'], correct: false })).toBe(false);
  });
});
