import { describe, expect, test } from 'vitest';
import { fakeFrame, fakeResizeObserver } from './testing/fake-frame';
import { isWordPressReady, startWordPressChild, wordPressSecret } from './wp-child';

fakeResizeObserver();

function setup(secret = 'Ab3dE6gH9j') {
  const frame = fakeFrame(640, {
    location: {
      href: 'https://lessons.example/embed/lessons/is-it-safe/#?secret=' + secret,
      origin: 'https://lessons.example',
    },
  });
  const child = startWordPressChild(frame.root, secret, frame.win);
  const receive = (data: unknown, source: unknown = frame.parent) => frame.receive({ data, source });
  return { posted: frame.posted, child, receive, grow: frame.grow, secret };
}

describe("EMB-13: WordPress's embed protocol", () => {
  test.each([
    ['#?secret=Ab3dE6gH9j', 'Ab3dE6gH9j'],
    ['#?foo=1&secret=xyz', 'xyz'],
    ['', undefined],
    ['#secret=abc', undefined],
    ['#?secret=', undefined],
    ['#?secret=<img>', undefined],
    ['#?secret=' + 'a'.repeat(33), undefined],
  ])('secret of %j is %j', (hash, secret) => {
    expect(wordPressSecret(hash)).toBe(secret);
  });

  test('posts its height on start and on every change, in the shape wp-embed.js reads', () => {
    const { posted, grow, secret } = setup();
    grow(640); // unchanged: nothing new
    grow(812.4);
    expect(posted).toEqual([
      { message: { message: 'height', value: 640, secret }, target: '*' },
      { message: { message: 'height', value: 813, secret }, target: '*' },
    ]);
  });

  test("answers WordPress's ready with the height again", () => {
    const { posted, receive, secret } = setup();
    receive({ message: 'ready', secret });
    expect(posted).toHaveLength(2);
    expect(posted[1]!.message).toEqual({ message: 'height', value: 640, secret });
  });

  test.each([
    ['another secret', { message: 'ready', secret: 'other' }, undefined],
    ['no secret', { message: 'ready' }, undefined],
    ['another message', { message: 'height', value: 5, secret: 'Ab3dE6gH9j' }, undefined],
    ['a string', 'ready', undefined],
    ['null', null, undefined],
    ['an array', ['ready', 'Ab3dE6gH9j'], undefined],
    ['a stranger frame', { message: 'ready', secret: 'Ab3dE6gH9j' }, {}],
  ])('ignores %s', (_name, data, source) => {
    const { posted, receive } = setup();
    if (source) receive(data, source);
    else receive(data);
    // Only the height sent at start.
    expect(posted).toHaveLength(1);
  });

  test('asks WordPress to open our own links only', () => {
    const { posted, child, secret } = setup();
    child.openLink('/lessons/is-it-safe/');
    child.openLink('https://evil.example/');
    expect(posted.slice(1)).toEqual([
      { message: { message: 'link', value: 'https://lessons.example/lessons/is-it-safe/', secret }, target: '*' },
    ]);
  });

  test('isWordPressReady accepts extra keys but never a wrong secret', () => {
    expect(isWordPressReady({ message: 'ready', secret: 's', extra: 1 }, 's')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 's ' }, 's')).toBe(false);
  });
});
