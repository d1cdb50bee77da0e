// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, expect, test, vi } from 'vitest';
import { encodeBlob } from './progress-blob';
import { initialProgress } from './progress-schema';
import { storageKeys } from './storage-keys';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

const visitedFallback: string[] = [];

async function probe() {
  const { useLazyProgress } = await import('./lazy-progress');
  return function Visited() {
    const visited = useLazyProgress((state) => state.visited, visitedFallback);
    return createElement('p', null, visited.length ? visited.join(',') : 'nothing yet');
  };
}

test('every caller shares one load, and it is the store the rest of the app imports', async () => {
  const { loadProgressStore } = await import('./lazy-progress');
  const first = loadProgressStore();
  expect(loadProgressStore()).toBe(first);
  const { useProgress } = await import('./progress-store');
  expect(await first).toBe(useProgress);
});

test('the server render shows the fallback; after mounting, the store loads and saved progress appears', async () => {
  localStorage.setItem(storageKeys.progress, encodeBlob({ ...initialProgress, visited: ['what-is-aliexpress'] }));
  const Visited = await probe();
  expect(renderToString(createElement(Visited))).toContain('nothing yet');

  const container = document.createElement('div');
  const root = createRoot(container);
  const { loadProgressStore } = await import('./lazy-progress');
  await act(async () => {
    root.render(createElement(Visited));
    // The component's effect starts the import; let it settle and the store publish what it read.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await loadProgressStore();
  });
  expect(container.textContent).toBe('what-is-aliexpress');

  // Later changes reach the component through the same subscription.
  const store = await loadProgressStore();
  await act(async () => store.getState().visitLesson('is-it-safe'));
  expect(container.textContent).toBe('what-is-aliexpress,is-it-safe');
  act(() => root.unmount());
});
