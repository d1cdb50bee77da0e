// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, test, vi } from 'vitest';
import { lazyModule, type LazyModule } from './lazy-module';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type View = { label: string };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function probe(views: LazyModule<View>, wanted: boolean) {
  return function Probe() {
    return createElement('p', null, views.useModule(wanted)?.label ?? 'getting ready');
  };
}

async function mount(element: ReturnType<typeof createElement>) {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => {
    root.render(element);
    await settle();
  });
  return { container, unmount: () => act(() => root.unmount()) };
}

test('the server render says "getting ready"; once mounted and wanted, the module loads, once for every caller', async () => {
  const load = vi.fn(async () => ({ label: 'questions' }));
  const views = lazyModule(load);
  expect(renderToString(createElement(probe(views, true)))).toContain('getting ready');
  expect(load).not.toHaveBeenCalled();

  const first = await mount(createElement(probe(views, true)));
  const second = await mount(createElement(probe(views, true)));
  expect(first.container.textContent).toBe('questions');
  expect(second.container.textContent).toBe('questions');
  expect(load).toHaveBeenCalledTimes(1);
  expect(views.preload()).toBe(views.preload());
  first.unmount();
  second.unmount();
});

test('nothing is fetched while the view is not wanted', async () => {
  const load = vi.fn(async () => ({ label: 'result' }));
  const views = lazyModule(load);
  const { container, unmount } = await mount(createElement(probe(views, false)));
  expect(container.textContent).toBe('getting ready');
  expect(load).not.toHaveBeenCalled();
  unmount();
});

test('a failed request is tried again when the browser is back online, and the view appears', async () => {
  const load = vi
    .fn<() => Promise<View>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValue({ label: 'questions' });
  const views = lazyModule(load);
  const { container, unmount } = await mount(createElement(probe(views, true)));
  expect(container.textContent).toBe('getting ready');
  await act(async () => {
    window.dispatchEvent(new Event('online'));
    await settle();
  });
  expect(container.textContent).toBe('questions');
  expect(load).toHaveBeenCalledTimes(2);
  unmount();
});

test('whenReady waits through a failure for the next time online, so an action is not dropped', async () => {
  const load = vi
    .fn<() => Promise<View>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValue({ label: 'encoder' });
  const views = lazyModule(load);
  const ready = views.whenReady();
  await settle();
  let done: View | undefined;
  void ready.then((module) => (done = module));
  await settle();
  expect(done).toBeUndefined();
  window.dispatchEvent(new Event('online'));
  expect(await ready).toEqual({ label: 'encoder' });
});

test('useWanted loads the module without re-rendering when it arrives; current and subscribe tell who reads it', async () => {
  const load = vi.fn(async () => ({ label: 'store' }));
  const views = lazyModule(load);
  const arrived = vi.fn();
  views.subscribe(arrived);
  let renders = 0;
  function Reader() {
    renders++;
    views.useWanted();
    return createElement('p', null, 'reads nothing yet');
  }
  const { unmount } = await mount(createElement(Reader));
  expect(load).toHaveBeenCalledTimes(1);
  expect(views.current()).toEqual({ label: 'store' });
  expect(arrived).toHaveBeenCalledTimes(1);
  // Rendered once: the module's arrival alone re-renders nothing.
  expect(renders).toBe(1);
  unmount();
});
