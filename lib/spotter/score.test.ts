import { describe, expect, test } from 'vitest';
import { scoreSpotter } from './score';

const scam = [
  { id: 'sender', flag: true },
  { id: 'link', flag: true },
  { id: 'greeting', flag: false },
  { id: 'order-number', flag: false },
];
const genuine = [
  { id: 'store', flag: false },
  { id: 'message', flag: false },
];
const ids = (spots: { id: string }[]) => spots.map((s) => s.id);

describe('scoreSpotter on a scam', () => {
  test('every red flag and nothing else is all-found and correct', () => {
    const score = scoreSpotter(scam, ['link', 'sender']);
    expect(score).toMatchObject({ genuine: false, verdict: 'all-found', correct: true });
    expect(ids(score.found)).toEqual(['sender', 'link']);
    expect(score.missed).toEqual([]);
    expect(score.falseAlarms).toEqual([]);
  });

  test('some red flags found is partly right and lists what was missed', () => {
    const score = scoreSpotter(scam, ['sender']);
    expect(score).toMatchObject({ verdict: 'partly', correct: false });
    expect(ids(score.missed)).toEqual(['link']);
  });

  test('every red flag plus a normal part is partly right, with the false alarm listed', () => {
    const score = scoreSpotter(scam, ['sender', 'link', 'greeting']);
    expect(score).toMatchObject({ verdict: 'partly', correct: false });
    expect(ids(score.falseAlarms)).toEqual(['greeting']);
  });

  test('only normal parts marked is wrong-parts: suspicious, but looking in the wrong place', () => {
    const score = scoreSpotter(scam, ['greeting', 'order-number']);
    expect(score).toMatchObject({ verdict: 'wrong-parts', correct: false });
    expect(ids(score.missed)).toEqual(['sender', 'link']);
  });

  test('nothing marked ("looks safe") is missed-scam', () => {
    expect(scoreSpotter(scam, [])).toMatchObject({ verdict: 'missed-scam', correct: false });
  });
});

describe('scoreSpotter on a genuine artefact', () => {
  test('nothing marked is safe and correct', () => {
    expect(scoreSpotter(genuine, [])).toMatchObject({
      genuine: true,
      verdict: 'safe',
      correct: true,
      found: [],
      missed: [],
    });
  });

  test('marking a normal part is over-cautious, its own verdict rather than plain wrong', () => {
    const score = scoreSpotter(genuine, ['message']);
    expect(score).toMatchObject({ genuine: true, verdict: 'over-cautious', correct: false });
    expect(ids(score.falseAlarms)).toEqual(['message']);
  });
});

test('marks that match no spot (stale saved data) and repeated marks are ignored', () => {
  expect(scoreSpotter(scam, ['sender', 'link', 'retired-part', 'link'])).toMatchObject({
    verdict: 'all-found',
    correct: true,
  });
  expect(scoreSpotter(genuine, ['retired-part'])).toMatchObject({ verdict: 'safe', correct: true });
});

describe('partial credit: red flags found minus false alarms, floored at zero', () => {
  const three = [
    { id: 'a', flag: true },
    { id: 'b', flag: true },
    { id: 'c', flag: true },
    { id: 'd', flag: false },
    { id: 'e', flag: false },
  ];
  test('every flag and nothing else earns full credit', () => {
    expect(scoreSpotter(three, ['a', 'b', 'c']).credit).toBe(1);
  });
  test('two of three flags earn two thirds; a false alarm takes one flag back', () => {
    expect(scoreSpotter(three, ['a', 'b']).credit).toBeCloseTo(2 / 3);
    expect(scoreSpotter(three, ['a', 'b', 'd']).credit).toBeCloseTo(1 / 3);
  });
  test('more false alarms than flags found is floored at zero, and marking everything earns little', () => {
    expect(scoreSpotter(three, ['a', 'd', 'e']).credit).toBe(0);
    expect(scoreSpotter(three, ['a', 'b', 'c', 'd', 'e']).credit).toBeCloseTo(1 / 3);
    expect(scoreSpotter(three, []).credit).toBe(0);
  });
  test('a genuine artefact earns full credit only when nothing is marked', () => {
    expect(scoreSpotter(genuine, []).credit).toBe(1);
    expect(scoreSpotter(genuine, ['store']).credit).toBe(0);
  });
});
