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

/** Renders a component that shows useTakesAnswers, counting its renders, until the store has arrived. */
async function takesAnswersAcrossStoreArrival() {
  const { loadProgressStore, useTakesAnswers } = await import('./lazy-progress');
  let renders = 0;
  function Ready() {
    renders++;
    return createElement('p', null, useTakesAnswers() ? 'takes answers' : 'getting ready');
  }
  const server = renderToString(createElement(Ready));
  const container = document.createElement('div');
  const root = createRoot(container);
  // Mounting starts the store's import, which resolves only after this synchronous act has finished.
  act(() => root.render(createElement(Ready)));
  const beforeStore = container.textContent;
  const rendersBeforeStore = renders;
  await act(async () => void (await loadProgressStore()));
  const result = {
    server,
    beforeStore,
    afterStore: container.textContent,
    renderedOnArrival: renders > rendersBeforeStore,
  };
  act(() => root.unmount());
  return result;
}

test('on a first visit a quiz takes answers once mounted, and the store arriving redraws nothing', async () => {
  expect(await takesAnswersAcrossStoreArrival()).toEqual({
    server: '<p>getting ready</p>',
    beforeStore: 'takes answers',
    afterStore: 'takes answers',
    renderedOnArrival: false,
  });
});

test('with progress saved, a quiz waits for the store, so a saved answer shows before a new one can replace it', async () => {
  localStorage.setItem(storageKeys.progress, encodeBlob({ ...initialProgress, visited: ['what-is-aliexpress'] }));
  const { beforeStore, afterStore, renderedOnArrival } = await takesAnswersAcrossStoreArrival();
  expect({ beforeStore, afterStore, renderedOnArrival }).toEqual({
    beforeStore: 'getting ready',
    afterStore: 'takes answers',
    renderedOnArrival: true,
  });
});
