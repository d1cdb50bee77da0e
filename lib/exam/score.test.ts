import { describe, expect, test } from 'vitest';
import { gainOf, gradeItem, localDay, passMark, scoreAttempt } from './score';
import type { QuestionItem, SpotterItem, VerdictItem } from './schema';

const sms = {
  kind: 'sms' as const,
  sender: '+44 7700 900123',
  messages: [{ id: 'fee', text: 'Pay a fee', link: 'fees.example/pay' }],
};
const scamVerdict: VerdictItem = {
  id: 'v-scam',
  topic: 't',
  type: 'verdict',
  prompt: 'p',
  artefact: sms,
  answer: 'scam',
  explanation: 'e',
};
const safeVerdict: VerdictItem = { ...scamVerdict, id: 'v-safe', answer: 'safe' };
const spot = (id: string, flag: boolean) => ({ id, label: id, flag, explanation: 'e' });
const scamSpotter: SpotterItem = {
  id: 's-scam',
  topic: 't',
  type: 'spotter',
  prompt: 'p',
  artefact: sms,
  spots: [spot('sender', true), spot('fee', false)],
};
const genuineSpotter: SpotterItem = {
  ...scamSpotter,
  id: 's-safe',
  spots: [spot('sender', false), spot('fee', false)],
};
const option = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: 'e' });
const multiple: QuestionItem = {
  id: 'q',
  topic: 't',
  type: 'question',
  kind: 'multiple',
  prompt: 'p',
  options: [option('a', true), option('b', true), option('c', false)],
};

describe('gradeItem', () => {
  test('verdicts: right either way is correct; calling a genuine item a scam is over-cautious, not plain wrong', () => {
    expect(gradeItem(scamVerdict, { type: 'verdict', choice: 'scam', confidence: 'sure' })).toEqual({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(safeVerdict, { type: 'verdict', choice: 'safe', confidence: 'guessing' })).toEqual({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(safeVerdict, { type: 'verdict', choice: 'scam', confidence: 'sure' })).toEqual({
      correct: false,
      feedback: 'over-cautious',
    });
    expect(gradeItem(scamVerdict, { type: 'verdict', choice: 'safe', confidence: 'fairly-sure' })).toEqual({
      correct: false,
      feedback: 'missed-scam',
    });
  });

  test('spotters: exact marks are correct; marks on a genuine artefact are over-caution; none on a scam is a missed scam', () => {
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['sender'] })).toEqual({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['sender', 'fee'] })).toEqual({
      correct: false,
      feedback: 'partly',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['fee'] })).toEqual({
      correct: false,
      feedback: 'wrong-parts',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: [] })).toEqual({
      correct: false,
      feedback: 'missed-scam',
    });
    expect(gradeItem(genuineSpotter, { type: 'spotter', marked: [] })).toEqual({ correct: true, feedback: 'correct' });
    expect(gradeItem(genuineSpotter, { type: 'spotter', marked: ['fee'] })).toEqual({
      correct: false,
      feedback: 'over-cautious',
    });
  });

  test('questions: the exact set is correct, some right is partly, none right is incorrect', () => {
    expect(gradeItem(multiple, { type: 'question', choice: ['b', 'a'] }).feedback).toBe('correct');
    expect(gradeItem(multiple, { type: 'question', choice: ['a'] }).feedback).toBe('partly');
    expect(gradeItem(multiple, { type: 'question', choice: ['a', 'b', 'c'] }).feedback).toBe('partly');
    expect(gradeItem(multiple, { type: 'question', choice: ['c'] }).feedback).toBe('incorrect');
  });

  test('a response of the wrong type counts as wrong', () => {
    expect(gradeItem(multiple, { type: 'verdict', choice: 'scam', confidence: 'sure' }).correct).toBe(false);
  });
});

describe('scoreAttempt', () => {
  const topics: Record<string, string> = { a: 'paying', b: 'paying', c: 'scams', d: 'scams', e: 'scams' };
  const topicOf = (id: string) => topics[id];
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

  test('scores per topic and overall', () => {
    expect(scoreAttempt({ items: ['a', 'b', 'c', 'd', 'e'], right: ['a', 'c', 'd'] }, topicOf)).toEqual({
      right: 3,
      total: 5,
      percent: 60,
      passed: false,
      byTopic: [
        { topic: 'paying', right: 1, total: 2 },
        { topic: 'scams', right: 2, total: 3 },
      ],
    });
  });

  test(`the pass mark is ${passMark * 100} %: 8 of 10 passes, 7 of 10 does not`, () => {
    expect(scoreAttempt({ items: ids(10), right: ids(8) }, () => 't')).toMatchObject({ percent: 80, passed: true });
    expect(scoreAttempt({ items: ids(10), right: ids(7) }, () => 't')).toMatchObject({ percent: 70, passed: false });
    expect(scoreAttempt({ items: ids(10), right: ids(10) }, () => 't')).toMatchObject({ percent: 100, passed: true });
  });

  test('items no longer in the pool still count, under "other"; an empty attempt never passes', () => {
    expect(scoreAttempt({ items: ['a', 'retired'], right: ['retired'] }, topicOf).byTopic).toEqual([
      { topic: 'paying', right: 0, total: 1 },
      { topic: 'other', right: 1, total: 1 },
    ]);
    expect(scoreAttempt({ items: [], right: [] }, topicOf)).toMatchObject({ total: 0, passed: false });
  });
});

test('gainOf gives before, after and the difference in points, or nothing without a pre-check', () => {
  const before = scoreAttempt({ items: ['a', 'b', 'c', 'd', 'e'], right: ['a', 'c'] }, () => 't');
  const after = scoreAttempt({ items: ['a', 'b', 'c', 'd', 'e'], right: ['a', 'b', 'c', 'd', 'e'] }, () => 't');
  expect(gainOf(before, after)).toEqual({ before: 40, after: 100, points: 60 });
  expect(gainOf(undefined, after)).toBeUndefined();
});

test('localDay is the local calendar day, YYYY-MM-DD', () => {
  expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});
