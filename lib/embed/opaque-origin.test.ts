import { describe, expect, test, vi } from 'vitest';
import { refuseFetchInOpaqueOrigin } from './opaque-origin';

const fakeWindow = (origin: string) => {
  const fetch = vi.fn(() => Promise.resolve('network'));
  return { win: { origin, fetch } as unknown as Window & typeof globalThis, fetch };
};

describe("EMB-13: no Next.js prefetch from WordPress's opaque-origin sandbox", () => {
  test('in an opaque origin, fetch is refused before the network, and restored after', async () => {
    const { win, fetch } = fakeWindow('null');
    const restore = refuseFetchInOpaqueOrigin(win);
    await expect(win.fetch('/review/__next._tree.txt?_rsc=x')).rejects.toThrow(TypeError);
    expect(fetch).not.toHaveBeenCalled();
    restore();
    expect(win.fetch).toBe(fetch);
  });

  test('with a real origin, fetch is left alone', () => {
    const { win, fetch } = fakeWindow('https://lessons.example');
    refuseFetchInOpaqueOrigin(win);
    expect(win.fetch).toBe(fetch);
  });
});
