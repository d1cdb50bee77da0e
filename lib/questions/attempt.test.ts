import { describe, expect, test } from 'vitest';
import { beginAttempt, isComplete, onlyItems, respond, stepOf, toggleChoice, type AttemptState } from './attempt';

const three = beginAttempt<string>(['a', 'b', 'c']);

describe('the attempt loop', () => {
  test('starts at the first item, none answered', () => {
    expect(stepOf(three)).toEqual({ id: 'a', index: 0, total: 3, last: false });
    expect(isComplete(three)).toBe(false);
  });

  test('each response goes to the first unanswered item, and the step moves on', () => {
    const first = respond(three, 'yes')!;
    expect(first.id).toBe('a');
    expect(first.state.responses).toEqual({ a: 'yes' });
    expect(three.responses).toEqual({});
    const second = respond(first.state, 'no')!;
    expect(second.id).toBe('b');
    expect(stepOf(second.state)).toEqual({ id: 'c', index: 2, total: 3, last: true });
  });

  test('the last response completes it; nothing is waiting after that', () => {
    let state: AttemptState<string> = three;
    for (const response of ['1', '2', '3']) state = respond(state, response)!.state;
    expect(isComplete(state)).toBe(true);
    expect(stepOf(state)).toBeUndefined();
    expect(respond(state, 'again')).toBeUndefined();
  });

  test('a resumed attempt (saved responses) carries on at the next unanswered item', () => {
    const saved: AttemptState<string> = { items: ['a', 'b', 'c'], responses: { a: 'x', b: 'y' } };
    expect(stepOf(saved)).toMatchObject({ id: 'c', index: 2, last: true });
  });

  test('while an answer is shown, the step stays on it and carries the response', () => {
    const answered = respond(three, 'yes')!.state;
    expect(stepOf(answered, 'a')).toEqual({ id: 'a', index: 0, total: 3, last: false, response: 'yes' });
    // An id that is not in the attempt shows nothing special.
    expect(stepOf(answered, 'gone')).toMatchObject({ id: 'b' });
  });

  test('items no longer in the pool are skipped, and the count follows', () => {
    const live = onlyItems(three, (id) => id !== 'b');
    expect(live.items).toEqual(['a', 'c']);
    expect(stepOf(respond(live, 'yes')!.state)).toMatchObject({ id: 'c', index: 1, total: 2, last: true });
    expect(onlyItems(three, () => true)).toBe(three);
  });

  test('an attempt with no items is never complete and has no step', () => {
    const empty = beginAttempt<string>([]);
    expect(isComplete(empty)).toBe(false);
    expect(stepOf(empty)).toBeUndefined();
    expect(respond(empty, 'x')).toBeUndefined();
  });
});

describe('toggleChoice', () => {
  test('a single-answer question keeps only the latest option', () => {
    expect(toggleChoice(['a'], 'b', true, false)).toEqual(['b']);
  });

  test('a multiple-answer question adds and removes, without duplicates', () => {
    expect(toggleChoice(['a'], 'b', true, true)).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a', false, true)).toEqual(['b']);
    expect(toggleChoice(['a'], 'a', true, true)).toEqual(['a']);
  });
});
