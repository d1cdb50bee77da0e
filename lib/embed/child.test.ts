import { describe, expect, test, vi } from 'vitest';
import { startEmbedChild } from './child';
import { fakeFrame, fakeResizeObserver } from './testing/fake-frame';

fakeResizeObserver();

/** A fake window tree: the embedded page's window, its parent, and a stranger (a sibling frame, an ad). */
function setup() {
  const frame = fakeFrame(900);
  const child = startEmbedChild(frame.root, frame.win);
  const receive = (data: unknown, origin: string, source: unknown = frame.parent) =>
    frame.receive({ data, origin, source });
  return { posted: frame.posted, child, receive, stranger: {}, grow: frame.grow };
}

const hello = { type: 'scamwise:hello', v: 1, id: 2 };
const host = 'https://advice.example';

describe('EMB-3: the child', () => {
  test('says only a data-free ready before the handshake, even when progress happens', () => {
    const { posted, child, grow } = setup();
    child.emit({ event: 'lesson-started', lessonId: 'is-it-safe' });
    grow(1200);
    expect(posted).toEqual([{ message: { type: 'scamwise:ready', v: 1 }, target: '*' }]);
  });

  test('after a hello from its parent, posts height and queued events only to that origin', () => {
    const { posted, child, receive, grow } = setup();
    child.emit({ event: 'lesson-started', lessonId: 'is-it-safe' });
    receive(hello, host);
    grow(1500);
    child.emit({ event: 'lesson-completed', lessonId: 'is-it-safe' });
    expect(posted.slice(1)).toEqual([
      { message: { type: 'scamwise:resize', v: 1, id: 2, height: 900 }, target: host },
      {
        message: { type: 'scamwise:progress', v: 1, id: 2, event: 'lesson-started', lessonId: 'is-it-safe' },
        target: host,
      },
      { message: { type: 'scamwise:resize', v: 1, id: 2, height: 1500 }, target: host },
      {
        message: { type: 'scamwise:progress', v: 1, id: 2, event: 'lesson-completed', lessonId: 'is-it-safe' },
        target: host,
      },
    ]);
  });

  test('ignores a hello from any window but its parent', () => {
    const { posted, receive, stranger, child } = setup();
    receive(hello, host, stranger);
    child.emit({ event: 'lesson-started', lessonId: 'is-it-safe' });
    expect(posted).toHaveLength(1);
  });

  test('ignores malformed hellos and an opaque origin', () => {
    const { posted, receive } = setup();
    receive({ ...hello, id: '2' }, host);
    receive({ type: 'scamwise:hello', v: 1 }, host);
    receive(hello, 'null');
    expect(posted).toHaveLength(1);
  });

  test('keeps the first origin: a later hello from another origin cannot take the channel', () => {
    const { posted, receive, child } = setup();
    receive(hello, host);
    receive(hello, 'https://evil.test');
    child.emit({ event: 'lesson-completed', lessonId: 'is-it-safe' });
    expect(posted.map((p) => p.target)).toEqual(['*', host, host]);
  });

  test('answers a repeated hello from the same origin with the current height', () => {
    const { posted, receive } = setup();
    receive(hello, host);
    receive(hello, host);
    expect(posted.filter((p) => (p.message as { type: string }).type === 'scamwise:resize')).toHaveLength(2);
  });

  test('does nothing at all when it is not in a frame', () => {
    const posted: unknown[] = [];
    const win = { addEventListener: vi.fn(), postMessage: (m: unknown) => posted.push(m) } as unknown as Window & {
      parent: unknown;
    };
    (win as { parent: unknown }).parent = win;
    const child = startEmbedChild({} as HTMLElement, win);
    child.emit({ event: 'lesson-started', lessonId: 'x' });
    expect(posted).toEqual([]);
  });
});
