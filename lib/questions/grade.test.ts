import { describe, expect, test } from 'vitest';
import type { QuestionData } from '@/lib/content/schema';
import { grade } from './grade';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: 'Because.' });

const single: QuestionData = {
  id: 'who-ships',
  kind: 'single',
  prompt: 'Who usually ships an item you order on AliExpress?',
  options: [
    option('independent-seller', true),
    option('aliexpress-warehouse', false),
    option('alibaba-wholesale', false),
  ],
};

const multiple: QuestionData = {
  id: 'what-releases-money',
  kind: 'multiple',
  prompt: 'What releases your money to the seller?',
  options: [
    option('you-confirm', true),
    option('timer-ends', true),
    option('seller-ships', false),
    option('tracking-moves', false),
  ],
};

describe('grade a single-answer question', () => {
  test('the right option is correct', () => {
    expect(grade(single, ['independent-seller'])).toBe('correct');
  });

  test('a wrong option is incorrect', () => {
    expect(grade(single, ['aliexpress-warehouse'])).toBe('incorrect');
  });
});

describe('grade a multiple-answer question', () => {
  test('exactly the correct set is correct, in any order', () => {
    expect(grade(multiple, ['you-confirm', 'timer-ends'])).toBe('correct');
    expect(grade(multiple, ['timer-ends', 'you-confirm'])).toBe('correct');
  });

  test('a subset of the correct set is partly right', () => {
    expect(grade(multiple, ['timer-ends'])).toBe('partly');
  });

  test('no correct option chosen is incorrect', () => {
    expect(grade(multiple, ['seller-ships', 'tracking-moves'])).toBe('incorrect');
    expect(grade(multiple, [])).toBe('incorrect');
  });

  test('the correct set plus a wrong option is partly right', () => {
    expect(grade(multiple, ['you-confirm', 'timer-ends', 'seller-ships'])).toBe('partly');
  });

  test('choosing every option is partly right, never correct', () => {
    expect(grade(multiple, ['you-confirm', 'timer-ends', 'seller-ships', 'tracking-moves'])).toBe('partly');
  });
  test('a correct option repeated in saved data does not count twice', () => {
    expect(grade(multiple, ['you-confirm', 'you-confirm'])).not.toBe('correct');
  });
});
