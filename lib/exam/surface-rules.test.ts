import { describe, expect, test } from 'vitest';
import { getExamPool } from './pool';
import type { ExamItem, VerdictItem } from './schema';
import {
  hasLink,
  maxRuleAccuracy,
  namesMarketplace,
  poolShapeProblems,
  soundsUrgent,
  surfaceRules,
} from './surface-rules';

const kinds = ['listing', 'store', 'chat', 'email', 'sms', 'checkout', 'tracking', 'dispute'];
const sms = (text: string, link?: string) => ({
  kind: 'sms' as const,
  sender: 'Sender',
  messages: [{ id: 'm', text, ...(link ? { link } : {}) }],
});
const verdict = (id: string, answer: VerdictItem['answer'], artefact: VerdictItem['artefact']): ExamItem => ({
  id,
  topic: 't',
  skill: 'one-skill',
  type: 'verdict',
  prompt: 'p',
  artefact,
  answer,
  explanation: 'e',
});

describe('surface features', () => {
  test('links, the marketplace’s name and urgent words are found where a shopper would see them', () => {
    expect(hasLink(sms('Pay here', 'pay.example/x'))).toBe(true);
    expect(hasLink(sms('No link at all'))).toBe(false);
    expect(namesMarketplace(sms('Marketplace: your order shipped'))).toBe(true);
    expect(namesMarketplace(sms('Your order shipped'))).toBe(false);
    expect(soundsUrgent(sms('Your protection ends tonight'))).toBe(true);
    expect(soundsUrgent(sms('Thanks for your order'))).toBe(false);
  });

  test('a pool where every link is a scam fails the link rule, and the kind rule finds the best mapping', () => {
    const skewed = [
      verdict('a', 'scam', sms('Pay now', 'pay.example')),
      verdict('b', 'scam', sms('Pay', 'pay.example')),
      verdict('c', 'safe', sms('Hello')),
      verdict('d', 'safe', sms('Hi')),
    ];
    const rules = surfaceRules(skewed);
    expect(rules[0]).toMatchObject({ rule: 'a link means scam', right: 4, accuracy: 1, over: true });
    expect(rules[3]).toMatchObject({ right: 2, accuracy: 0.5, over: false });
    expect(poolShapeProblems(skewed, ['sms', 'email'])).toEqual(
      expect.arrayContaining(['no scam email: every artefact kind needs scam and genuine versions']),
    );
    expect(poolShapeProblems(skewed.slice(0, 1), ['sms'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/0 % of artefact items are genuine/)]),
    );
  });
});

describe('the real exam pool (issue 10 quality bars)', () => {
  const pool = getExamPool();
  test('no rule of thumb is right on more than 65 % of the artefact items', () => {
    for (const rule of surfaceRules(pool)) expect(rule.accuracy, rule.rule).toBeLessThanOrEqual(maxRuleAccuracy);
  });
  test('at least 60 items; genuine share, both versions of every kind and two variants per skill hold', () => {
    expect(pool.length).toBeGreaterThanOrEqual(60);
    expect(poolShapeProblems(pool, kinds)).toEqual([]);
  });
});
