import { describe, expect, test } from 'vitest';
import { format, parseMessage } from './format';

describe('format: placeholders', () => {
  test('fills every placeholder, numbers and strings alike, as often as it appears', () => {
    expect(format('Question {number} of {total}', { number: 3, total: 16 })).toBe('Question 3 of 16');
    expect(format('{a} and {a} again, then {b}', { a: 'x', b: 0 })).toBe('x and x again, then 0');
  });

  test('a message without placeholders comes back unchanged, apostrophes and # included', () => {
    const text = "It's a scam: #1 of the reader's worries";
    expect(format(text)).toBe(text);
  });

  test('tolerates spaces inside the braces', () => {
    expect(format('{ count } min', { count: 5 })).toBe('5 min');
  });
});

describe('format: plural', () => {
  const parts = '{count, plural, =0 {Nothing marked yet.} one {# part marked.} other {# parts marked.}}';

  test('=0 wins over the plural category, then one, then other', () => {
    expect(format(parts, { count: 0 })).toBe('Nothing marked yet.');
    expect(format(parts, { count: 1 })).toBe('1 part marked.');
    expect(format(parts, { count: 2 })).toBe('2 parts marked.');
    expect(format(parts, { count: 12 })).toBe('12 parts marked.');
  });

  test('without an exact branch, 0 takes the locale category (other in English)', () => {
    const waiting = '{count, plural, one {# question is waiting.} other {# questions are waiting.}}';
    expect(format(waiting, { count: 0 })).toBe('0 questions are waiting.');
    expect(format(waiting, { count: 1 })).toBe('1 question is waiting.');
  });

  test('follows the locale: Polish has a "few" category that English lacks', () => {
    const files = '{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}';
    expect(format(files, { n: 3 }, 'pl')).toBe('3 pliki');
    expect(format(files, { n: 5 }, 'pl')).toBe('5 plików');
    expect(format(files, { n: 3 }, 'en')).toBe('3 pliku');
  });

  test('text around a plural, and placeholders inside its branches, are kept', () => {
    const detail =
      'You found {found} of {total} red flags{falseAlarms, plural, =0 {.} one { and marked # normal part.} other { and marked # normal parts.}}';
    expect(format(detail, { found: 1, total: 3, falseAlarms: 0 })).toBe('You found 1 of 3 red flags.');
    expect(format(detail, { found: 1, total: 3, falseAlarms: 1 })).toBe(
      'You found 1 of 3 red flags and marked 1 normal part.',
    );
    expect(format(detail, { found: 2, total: 3, falseAlarms: 4 })).toBe(
      'You found 2 of 3 red flags and marked 4 normal parts.',
    );
  });

  test('a numeric string counts as its number', () => {
    expect(format('{n, plural, one {# day} other {# days}}', { n: '1' })).toBe('1 day');
  });
});

describe('format: select', () => {
  const gain =
    '{change, select, up {You improved by {points, plural, one {# point} other {# points}}.} same {The same.} other {Lower.}}';

  test('picks the branch named by the value, and nests a plural inside it', () => {
    expect(format(gain, { change: 'up', points: 1 })).toBe('You improved by 1 point.');
    expect(format(gain, { change: 'up', points: 25 })).toBe('You improved by 25 points.');
    expect(format(gain, { change: 'same', points: 0 })).toBe('The same.');
  });

  test('an unknown value falls back to other; keys may contain hyphens', () => {
    expect(format(gain, { change: 'down', points: -10 })).toBe('Lower.');
    const said = '({c, select, fairly-sure {fairly sure} other {sure}})';
    expect(format(said, { c: 'fairly-sure' })).toBe('(fairly sure)');
  });

  test('# outside a plural is a plain character', () => {
    expect(format('{k, select, a {#1} other {#2}}', { k: 'a' })).toBe('#1');
  });
});

describe('format: mistakes are loud', () => {
  test('a missing value throws in development and tests, naming the message and the placeholder', () => {
    expect(() => format('Hello {name}', {})).toThrow('Message "Hello {name}": no value for {name}');
    expect(() => format('{n, plural, one {#} other {#}}')).toThrow('no value for {n}');
  });

  test('malformed messages are rejected with the reason', () => {
    expect(() => parseMessage('Hello {name')).toThrow('is not {name}');
    expect(() => parseMessage('Hello name}')).toThrow('unmatched }');
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow('needs an "other" branch');
    expect(() => parseMessage('{n, plural, one {x} other {y}')).toThrow();
    expect(() => parseMessage('{n, plural, one {x other {y}}')).toThrow();
    expect(() => parseMessage('{n, number}')).toThrow('is not {name}');
    expect(() => parseMessage('{n, plural, }')).toThrow('needs an "other" branch');
    expect(() => parseMessage('{ lessonId, score }')).toThrow();
  });
});
