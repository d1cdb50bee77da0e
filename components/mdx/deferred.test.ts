// @vitest-environment jsdom
import { act, createElement, Suspense, useState, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type CounterProps = { label: string };

/** The island: a button counting its presses, so a test can see whether it is live and whether a press counted. */
function Counter({ label }: CounterProps) {
  const [count, setCount] = useState(0);
  return createElement('button', { type: 'button', onClick: () => setCount(count + 1) }, `${label} ${count}`);
}

/** What the build writes: the page rendered where there is no window, the island's code loaded at once. */
async function serverHtml(): Promise<string> {
  vi.stubGlobal('window', undefined);
  vi.resetModules();
  const { deferred } = await import('./deferred');
  const { prerender } = await import('react-dom/static');
  const Island = deferred(() => Promise.resolve(Counter));
  const { prelude } = await prerender(createElement('main', null, createElement(Island, { label: 'Count' })));
  vi.unstubAllGlobals();
  return new Response(prelude).text();
}

let observed: IntersectionObserverCallback[] = [];
function stubIntersectionObserver() {
  observed = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: IntersectionObserverCallback) {
        observed.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
}
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** The page in the browser: the server's HTML, hydrated, with an island whose code arrives when `arrive` is called. */
async function hydrated() {
  const container = document.body.appendChild(document.createElement('div'));
  container.append(...new DOMParser().parseFromString(await serverHtml(), 'text/html').body.childNodes);
  stubIntersectionObserver();
  vi.resetModules();
  const { deferred } = await import('./deferred');
  let arrive: (component: ComponentType<CounterProps>) => void = () => {};
  const load = vi.fn(() => new Promise<ComponentType<CounterProps>>((resolve) => (arrive = resolve)));
  const Island = deferred(load);
  const button = container.querySelector('button')!;
  await act(async () => {
    hydrateRoot(container, createElement('main', null, createElement(Island, { label: 'Count' })));
  });
  const near = () =>
    act(async () => observed[0]!([{ isIntersecting: true } as IntersectionObserverEntry], {} as never));
  const codeArrives = () => act(async () => arrive(Counter));
  return { container, button, load, near, codeArrives };
}

test('the island is in the HTML, and stays there untouched, its code not fetched, until it comes near', async () => {
  const { container, button, load, near, codeArrives } = await hydrated();
  expect(button.textContent).toBe('Count 0');
  expect(container.querySelector('[data-island-state]')!.getAttribute('data-island-state')).toBe('waiting');
  expect(load).not.toHaveBeenCalled();

  await near();
  expect(load).toHaveBeenCalledTimes(1);
  await codeArrives();
  // Hydrated in place: the very element the server drew, now live.
  expect(container.querySelector('button')).toBe(button);
  expect(container.querySelector('[data-island-state]')!.getAttribute('data-island-state')).toBe('live');
  await act(async () => button.click());
  expect(button.textContent).toBe('Count 1');
});

test('a press made before the island is live fetches its code, says it is getting ready, and counts once live', async () => {
  const { container, button, load, codeArrives } = await hydrated();
  await act(async () => button.click());
  expect(load).toHaveBeenCalledTimes(1);
  expect(button.textContent).toBe('Count 0');
  expect(container.querySelector('[aria-live]')!.textContent).toBe('Getting ready…');

  await codeArrives();
  expect(button.textContent).toBe('Count 1');
  expect(container.querySelector('[aria-live]')!.textContent).toBe('');
});

test('focus or a key inside the island fetches its code too', async () => {
  const { button, load } = await hydrated();
  await act(async () => button.focus());
  expect(load).toHaveBeenCalledTimes(1);
});

test('rendered in the browser (a client-side navigation), with no server HTML to keep, it fetches its code at once', async () => {
  stubIntersectionObserver();
  vi.resetModules();
  const { deferred } = await import('./deferred');
  const { createRoot } = await import('react-dom/client');
  const load = vi.fn(() => Promise.resolve(Counter));
  const Island = deferred(load);
  const container = document.body.appendChild(document.createElement('div'));
  await act(async () =>
    createRoot(container).render(createElement(Suspense, null, createElement(Island, { label: 'Count' }))),
  );
  expect(load).toHaveBeenCalledTimes(1);
  expect(container.querySelector('button')!.textContent).toBe('Count 0');
});
