import { describe, expect, test } from 'vitest';
import { acceptMessage, eventDetail, isHello, parseChildMessage, type ProgressMessage } from './protocol';

const origin = 'https://lessons.example';
const lessonWindow = { name: 'lesson frame' };
const otherWindow = { name: 'an ad' };
const frames = [{ frame: { contentWindow: lessonWindow }, id: 3 }];

const resize = { type: 'scamwise:resize', v: 1, id: 3, height: 1234 };
const started = { type: 'scamwise:progress', v: 1, id: 3, event: 'lesson-started', lessonId: 'is-it-safe' };
const scored = { type: 'scamwise:progress', v: 1, id: 3, event: 'exam-scored', score: 80, passed: true };
const ready = { type: 'scamwise:ready', v: 1 };

const accept = (data: unknown, from = origin, source: unknown = lessonWindow) =>
  acceptMessage({ origin: from, source, data }, origin, frames);

describe('EMB-2: the host accepts only exact-origin, registered-source, valid messages', () => {
  test.each([
    ['ready', ready],
    ['resize', resize],
    ['lesson started', started],
    ['lesson completed', { ...started, event: 'lesson-completed' }],
    ['exam scored', scored],
    ['exam failed with 0', { ...scored, score: 0, passed: false }],
    ['height far too big (clamped later)', { ...resize, height: 1e9 }],
  ])('accepts %s', (_name, data) => {
    expect(accept(data)).toEqual([frames[0], data]);
  });

  test.each([
    ['a different origin', 'https://evil.test'],
    ['a lookalike that `includes` the origin', 'https://lessons.example.evil.test'],
    ['a lookalike that `startsWith` the origin', 'https://lessons.example:8443'],
    ['the origin over http', 'http://lessons.example'],
    ['an opaque origin', 'null'],
    ['a trailing slash', 'https://lessons.example/'],
  ])('rejects %s', (_name, from) => {
    expect(accept(resize, from)).toBeUndefined();
  });

  test.each([
    ['another window', otherWindow],
    ['no source', null],
    ['the host page itself', globalThis],
  ])('rejects a message from %s', (_name, source) => {
    expect(accept(resize, origin, source)).toBeUndefined();
  });

  test('rejects a null source even when an unloaded iframe has a null contentWindow', () => {
    const detached = [{ frame: { contentWindow: null }, id: 0 }];
    expect(acceptMessage({ origin, source: null, data: ready }, origin, detached)).toBeUndefined();
  });

  test('rejects a message carrying another iframe’s id', () => {
    expect(accept({ ...resize, id: 4 })).toBeUndefined();
  });

  test.each([
    ['a string height', { ...resize, height: '1e9' }],
    ['a NaN height', { ...resize, height: Number.NaN }],
    ['an infinite height', { ...resize, height: Number.POSITIVE_INFINITY }],
    ['a fractional height', { ...resize, height: 10.5 }],
    ['a negative height', { ...resize, height: -5 }],
    ['a missing height', { type: 'scamwise:resize', v: 1, id: 3 }],
    ['an extra key', { ...resize, answer: 'my card number is…' }],
    ['free text in a progress event', { ...started, note: 'hello' }],
    ['an unknown type', { ...resize, type: 'scamwise:navigate' }],
    ['another prefix', { ...resize, type: 'acme:resize' }],
    ['version 2', { ...resize, v: 2 }],
    ['version "1"', { ...resize, v: '1' }],
    ['an unknown event', { ...started, event: 'quiz-passed' }],
    ['a lesson id with markup', { ...started, lessonId: '<img src=x onerror=alert(1)>' }],
    ['a lesson id that is too long', { ...started, lessonId: 'a'.repeat(81) }],
    ['a lesson id on an exam event', { ...scored, lessonId: 'is-it-safe' }],
    ['a score over 100', { ...scored, score: 101 }],
    ['a score as a string', { ...scored, score: '80' }],
    ['passed as a string', { ...scored, passed: 'true' }],
    ['data on ready', { ...ready, height: 500 }],
    ['an own __proto__ key', JSON.parse('{"type":"scamwise:ready","v":1,"__proto__":{"polluted":true}}')],
    ['an own constructor key', { ...ready, constructor: 'x' }],
    ['a prototype-supplied type', Object.assign(Object.create({ type: 'scamwise:ready', v: 1 }), {})],
    ['a null-prototype object', Object.assign(Object.create(null), ready)],
    ['an array', ['scamwise:ready', 1]],
    ['a string', JSON.stringify(ready)],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
  ])('rejects %s', (_name, data) => {
    expect(accept(data)).toBeUndefined();
  });

  test('checking a message never pollutes Object.prototype', () => {
    accept(JSON.parse('{"__proto__":{"polluted":true},"type":"scamwise:ready","v":1}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('EMB-3: the child accepts only a well-formed hello', () => {
  test('accepts a hello', () => {
    expect(isHello({ type: 'scamwise:hello', v: 1, id: 0 })).toBe(true);
  });

  test.each([
    ['no id', { type: 'scamwise:hello', v: 1 }],
    ['a string id', { type: 'scamwise:hello', v: 1, id: '0' }],
    ['extra theme data', { type: 'scamwise:hello', v: 1, id: 0, theme: 'dark' }],
    ['a child message', ready],
  ])('rejects a hello with %s', (_name, data) => {
    expect(isHello(data)).toBe(false);
  });

  test('child messages are not hellos and hellos are not child messages', () => {
    expect(parseChildMessage({ type: 'scamwise:hello', v: 1, id: 0 })).toBeUndefined();
  });
});

describe('PRV-4: the CustomEvent detail carries only the documented fields', () => {
  test('lesson events carry the lesson id only', () => {
    expect(eventDetail(started as ProgressMessage)).toEqual({ lessonId: 'is-it-safe' });
  });

  test('exam events carry the score and pass mark only', () => {
    expect(eventDetail(scored as ProgressMessage)).toEqual({ score: 80, passed: true });
  });
});
