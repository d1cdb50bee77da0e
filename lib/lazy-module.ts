import { useEffect, useSyncExternalStore } from 'react';

/**
 * A module kept out of a page's first-load JavaScript and fetched as a chunk of its own when a view first needs it
 * (issue 13): the exam's questions once the learner starts, its result once there is one. Like the progress store's
 * loader (lib/progress/lazy-progress.ts), every caller shares one request, and a request that failed (the network
 * dropped between the page and the chunk) is tried again when the browser is back online, so a view never stays
 * "getting ready" for the rest of the visit. Views say "Getting ready…" until `useModule` returns the module.
 */
export type LazyModule<M> = {
  /** Starts the request (or joins the one under way); for a hover, a focus or an idle moment before it is needed. */
  preload(): Promise<M>;
  /**
   * The module for an action the learner took (make a code, check one): resolves once it is loaded, trying again
   * each time the browser comes back online, so the action waits instead of being dropped.
   */
  whenReady(): Promise<M>;
  /** The module once loaded, else undefined; starts loading after mount while `wanted` is true. */
  useModule(wanted?: boolean): M | undefined;
  /**
   * Starts loading after mount while `wanted` is true, without re-rendering when the module arrives: for a hook that
   * reads through `current` and `subscribe` and so re-renders only when what it reads changes.
   */
  useWanted(wanted?: boolean): void;
  /** The module if it has loaded, else undefined. */
  current(): M | undefined;
  /** Calls `listener` once, when the module arrives. */
  subscribe(listener: () => void): () => void;
};

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module;
        listeners.forEach((listener) => listener());
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  const whenReady = () =>
    preload().catch(
      () =>
        new Promise<M>((resolve) => {
          const retry = () =>
            void preload().then(
              (module) => {
                window.removeEventListener('online', retry);
                resolve(module);
              },
              () => {},
            );
          window.addEventListener('online', retry);
        }),
    );

  function useWanted(wanted = true): void {
    useEffect(() => {
      if (!wanted || loaded) return;
      const retry = () =>
        void preload().then(
          () => window.removeEventListener('online', retry),
          () => {},
        );
      window.addEventListener('online', retry);
      retry();
      return () => window.removeEventListener('online', retry);
    }, [wanted]);
  }

  function useModule(wanted = true): M | undefined {
    useWanted(wanted);
    // The server render and hydration never show a lazy view, so both agree on "not there yet".
    return useSyncExternalStore(
      subscribe,
      () => loaded,
      () => undefined,
    );
  }

  return { preload, whenReady, useModule, useWanted, current: () => loaded, subscribe };
}

/** Runs `preload` once the browser is idle after `when` turns true (a view the learner is likely to open next). */
export function useIdlePreload(preload: () => Promise<unknown>, when: boolean): void {
  useEffect(() => {
    if (!when) return;
    const run = () => void preload().catch(() => {});
    // Safari has no requestIdleCallback: a short timeout stands in for it.
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(run, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(run, 1000);
    return () => clearTimeout(handle);
  }, [preload, when]);
}
