import { describe, expect, test } from 'vitest';
import {
  attemptFrom,
  formatPoints,
  gainOf,
  gradeItem,
  localDay,
  passMark,
  scoreAttempt,
  type ExamResponse,
} from './score';
import type { QuestionItem, SpotterItem, VerdictItem } from './schema';

const sms = {
  kind: 'sms' as const,
  sender: '+44 7700 900123',
  messages: [{ id: 'fee', text: 'Pay a fee', link: 'fees.example/pay' }],
};
const scamVerdict: VerdictItem = {
  id: 'v-scam',
  topic: 't',
  skill: 's',
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
  skill: 's',
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
  skill: 's',
  type: 'question',
  kind: 'multiple',
  prompt: 'p',
  options: [option('a', true), option('b', true), option('c', false)],
};

describe('gradeItem', () => {
  test('verdicts: right either way is correct; calling a genuine item a scam is over-cautious, not plain wrong', () => {
    expect(gradeItem(scamVerdict, { type: 'verdict', choice: 'scam', confidence: 'sure' })).toMatchObject({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(safeVerdict, { type: 'verdict', choice: 'safe', confidence: 'guessing' })).toMatchObject({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(safeVerdict, { type: 'verdict', choice: 'scam', confidence: 'sure' })).toMatchObject({
      correct: false,
      feedback: 'over-cautious',
    });
    expect(gradeItem(scamVerdict, { type: 'verdict', choice: 'safe', confidence: 'fairly-sure' })).toMatchObject({
      correct: false,
      feedback: 'missed-scam',
    });
  });

  test('spotters: exact marks are correct; marks on a genuine artefact are over-caution; none on a scam is a missed scam', () => {
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['sender'] })).toMatchObject({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['sender', 'fee'] })).toMatchObject({
      correct: false,
      feedback: 'partly',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: ['fee'] })).toMatchObject({
      correct: false,
      feedback: 'wrong-parts',
    });
    expect(gradeItem(scamSpotter, { type: 'spotter', marked: [] })).toMatchObject({
      correct: false,
      feedback: 'missed-scam',
    });
    expect(gradeItem(genuineSpotter, { type: 'spotter', marked: [] })).toMatchObject({
      correct: true,
      feedback: 'correct',
    });
    expect(gradeItem(genuineSpotter, { type: 'spotter', marked: ['fee'] })).toMatchObject({
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

const checkVerdict: VerdictItem = { ...scamVerdict, id: 'v-check', answer: 'check' };
const verdict = (choice: 'scam' | 'safe' | 'check'): ExamResponse => ({ type: 'verdict', choice, confidence: 'sure' });

describe('"I can’t tell, I’d check myself" (the third verdict)', () => {
  test('is right where it is the key, and judging such an item anyway is "needs-check"', () => {
    expect(gradeItem(checkVerdict, verdict('check'))).toEqual({
      correct: true,
      feedback: 'correct',
      credit: 1,
      flagged: false,
    });
    expect(gradeItem(checkVerdict, verdict('scam'))).toMatchObject({
      correct: false,
      feedback: 'needs-check',
      credit: 0,
    });
    expect(gradeItem(checkVerdict, verdict('safe'))).toMatchObject({ correct: false, feedback: 'needs-check' });
  });

  test('elsewhere it earns nothing but is kind ("could-tell"), and is never a false alarm', () => {
    expect(gradeItem(scamVerdict, verdict('check'))).toEqual({
      correct: false,
      feedback: 'could-tell',
      credit: 0,
      flagged: false,
    });
    expect(gradeItem(safeVerdict, verdict('check'))).toEqual({
      correct: false,
      feedback: 'could-tell',
      credit: 0,
      flagged: false,
    });
  });
});

describe('partial credit in the exam', () => {
  const threeFlags: SpotterItem = {
    ...scamSpotter,
    id: 's-three',
    spots: [spot('sender', true), spot('fee', true), spot('a', true), spot('b', false)],
  };
  test('a Spotter item earns found − false alarms, floored at zero, out of its flags', () => {
    expect(gradeItem(threeFlags, { type: 'spotter', marked: ['sender', 'fee'] }).credit).toBeCloseTo(2 / 3);
    expect(gradeItem(threeFlags, { type: 'spotter', marked: ['sender', 'b'] }).credit).toBe(0);
  });

  test('attemptFrom saves partial credit (two decimals, rounded down), genuine, flagged and "sure" ids', () => {
    const items = [threeFlags, safeVerdict, scamVerdict, checkVerdict];
    const record = attemptFrom(items, {
      's-three': { type: 'spotter', marked: ['sender', 'fee'] },
      'v-safe': verdict('scam'),
      'v-scam': { type: 'verdict', choice: 'scam', confidence: 'guessing' },
      'v-check': verdict('check'),
    });
    expect(record).toEqual({
      items: ['s-three', 'v-safe', 'v-scam', 'v-check'],
      right: ['v-scam', 'v-check'],
      partial: { 's-three': 0.66 },
      genuine: ['v-safe'],
      flagged: ['s-three', 'v-safe', 'v-scam'],
      sure: ['v-safe', 'v-check'],
    });
    const score = scoreAttempt(record, () => 't');
    expect(score).toMatchObject({ right: 2, points: 2.66, percent: 66, genuine: { right: 0, total: 1 } });
    expect(formatPoints(score.points)).toBe('2.6');
  });
});

describe('the pass rule: 80 % and most genuine items right', () => {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const scams = ids('scam', 10);
  const genuine = ids('genuine', 6);
  test('"everything is a scam" cannot pass, however high the share of scams', () => {
    const allScam = { items: [...scams, ...genuine], right: scams, genuine };
    expect(scoreAttempt(allScam, () => 't')).toMatchObject({ percent: 62, passed: false });
    const scamHeavy = { items: [...ids('s', 18), 'g-1', 'g-2'], right: ids('s', 18), genuine: ['g-1', 'g-2'] };
    expect(scoreAttempt(scamHeavy, () => 't')).toMatchObject({ percent: 90, passed: false });
  });
  test('80 % with 4 of 6 genuine right passes; 80 % with 3 of 6 does not', () => {
    const withFour = { items: [...scams, ...genuine], right: [...scams.slice(1), ...genuine.slice(0, 4)], genuine };
    expect(scoreAttempt(withFour, () => 't')).toMatchObject({ percent: 81, passed: true });
    const withThree = { items: [...scams, ...genuine], right: [...scams, ...genuine.slice(0, 3)], genuine };
    expect(scoreAttempt(withThree, () => 't')).toMatchObject({ percent: 81, passed: false });
  });
});

describe('scoreAttempt', () => {
  const topics: Record<string, string> = { a: 'paying', b: 'paying', c: 'scams', d: 'scams', e: 'scams' };
  const topicOf = (id: string) => topics[id];
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

  test('scores per topic and overall', () => {
    expect(scoreAttempt({ items: ['a', 'b', 'c', 'd', 'e'], right: ['a', 'c', 'd'] }, topicOf)).toEqual({
      right: 3,
      points: 3,
      total: 5,
      genuine: { right: 0, total: 0 },
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
