import { describe, expect, test } from 'vitest';
import { artefactParts, isUnscored, markableParts, withEveryPart } from './parts';
import { scoreSpotter } from './score';

const sms = {
  kind: 'sms' as const,
  sender: '+44 7700 900123',
  messages: [
    { id: 'm1', text: 'Your parcel is waiting.' },
    { id: 'm2', text: 'Pay the fee here:', link: 'parcel-fee.example/pay' },
  ],
};
const spots = [
  { id: 'm2', label: 'the second message', flag: true, explanation: 'A fee link in a text.' },
  { id: 'm1', label: 'the first message', flag: false, explanation: 'Normal on its own.' },
];

describe('artefactParts', () => {
  test('names every drawn part by kind and position, never by what is wrong with it', () => {
    expect(artefactParts(sms)).toEqual([
      { id: 'sender', label: 'the sender' },
      { id: 'm1', label: 'the first message' },
      { id: 'm2', label: 'the second message' },
    ]);
  });

  test('a list with one item is named without a number', () => {
    const single = { ...sms, messages: [sms.messages[0]!] };
    expect(artefactParts(single).map((part) => part.label)).toEqual(['the sender', 'the message']);
  });
});

describe('withEveryPart', () => {
  test('adds every part the author left out, in draw order, as a normal part', () => {
    const all = withEveryPart(spots, sms);
    expect(all.map((spot) => spot.id)).toEqual(['sender', 'm1', 'm2']);
    expect(all[0]).toMatchObject({ id: 'sender', flag: false, unscored: true });
    expect(all.filter(isUnscored).map((spot) => spot.id)).toEqual(['sender']);
    // The authored spots are kept as they are.
    expect(all[2]).toBe(spots[0]);
  });

  test('is idempotent, so a caller may pass authored or extended spots', () => {
    expect(withEveryPart(withEveryPart(spots, sms), sms)).toEqual(withEveryPart(spots, sms));
  });

  test('marking a part nobody scored is a false alarm in the partial credit', () => {
    const score = scoreSpotter(withEveryPart(spots, sms), ['m2', 'sender']);
    expect(score.found.map((spot) => spot.id)).toEqual(['m2']);
    expect(score.falseAlarms.map((spot) => spot.id)).toEqual(['sender']);
    expect(score).toMatchObject({ verdict: 'partly', correct: false, credit: 0 });
    expect(scoreSpotter(withEveryPart(spots, sms), ['m2']).credit).toBe(1);
  });
});

test('markableParts hands the Spotter every drawn part as a spot and the parts’ neutral names, in draw order', () => {
  const { spots: every, parts } = markableParts(spots, sms);
  expect(every).toEqual(withEveryPart(spots, sms));
  expect(parts).toEqual(artefactParts(sms));
  expect(parts.map((part) => part.id)).toEqual(every.map((spot) => spot.id));
});
