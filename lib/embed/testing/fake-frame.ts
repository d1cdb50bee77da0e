import { afterEach, beforeEach, vi } from 'vitest';

type Posted = { message: unknown; target: string };

let resizeCallback: (() => void) | undefined;

/** Replaces ResizeObserver, for every test of the calling file, with one that reacts only to `grow` below. */
export function fakeResizeObserver() {
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
}

/**
 * The window of an embedded page, faked: its parent records what is posted to it, `receive` delivers a message to
 * the page's one listener, and `grow` changes the lesson root's height and tells the resize observer.
 */
export function fakeFrame(height: number, extra: object = {}) {
  const posted: Posted[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  let listener: ((event: MessageEvent) => void) | undefined;
  const win = {
    parent,
    ...extra,
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => (listener = fn),
    removeEventListener: () => (listener = undefined),
  } as unknown as Window;
  const root = { scrollHeight: 0, getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
  const receive = (event: { data: unknown; origin?: string; source?: unknown }) =>
    listener?.({ source: parent, ...event } as MessageEvent);
  const grow = (to: number) => {
    height = to;
    resizeCallback?.();
  };
  return { posted, parent, win, root, receive, grow };
}
