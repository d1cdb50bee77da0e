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
