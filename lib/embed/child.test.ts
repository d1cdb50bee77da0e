import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startEmbedChild } from './child';

type Posted = { message: unknown; target: string };

/** A fake window tree: the embedded page's window, its parent, and a stranger (a sibling frame, an ad). */
function setup() {
  const posted: Posted[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  const stranger = {};
  let listener: ((event: MessageEvent) => void) | undefined;
  const win = {
    parent,
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => (listener = fn),
    removeEventListener: () => (listener = undefined),
  };
  let height = 900;
  const root = { scrollHeight: 0, getBoundingClientRect: () => ({ height }) };
  const child = startEmbedChild(root as unknown as HTMLElement, win as unknown as Window);
  const receive = (data: unknown, origin: string, source: unknown = parent) =>
    listener?.({ data, origin, source } as MessageEvent);
  const grow = (to: number) => {
    height = to;
    resizeCallback?.();
  };
  return { posted, child, receive, stranger, grow };
}

let resizeCallback: (() => void) | undefined;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallback = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

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
