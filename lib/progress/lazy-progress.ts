import { useEffect, useSyncExternalStore } from 'react';
import type { ProgressState } from './progress-store';

/**
 * The progress store's loading boundary (issue 13). The store, with its schema check, actions and scoring, is not
 * needed to draw or hydrate a page: saved progress is only shown after hydration anyway (STO-5). So components that
 * show or change progress load it here, with a dynamic import started once the page has hydrated; it is a chunk of
 * its own, fetched after the page's first-load JavaScript instead of in it. Controls that save progress stay
 * disabled ("Getting ready…") until it is there, so nothing a learner does is dropped (issue 12 item 8).
 */

type Store = (typeof import('./progress-store'))['useProgress'];

let store: Store | undefined;
let loading: Promise<Store> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** The store, loading it on the first call; every caller shares the one request and the one store. */
export function loadProgressStore(): Promise<Store> {
  loading ??= import('./progress-store').then(
    (module) => {
      store = module.useProgress;
      store.subscribe(notify);
      notify();
      return store;
    },
    (error: unknown) => {
      // Offline before the chunk was cached, or a failed request: the next caller tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Starts loading the store once the component has mounted (after hydration, never during the server render). */
function useLoadAfterHydration() {
  useEffect(() => {
    if (store) return;
    // A request that failed (the network dropped between the page and this chunk) is tried again when the browser
    // is back online, so the controls do not stay "getting ready" for the rest of the visit.
    const retry = () => void loadProgressStore().then(() => window.removeEventListener('online', retry), () => {});
    window.addEventListener('online', retry);
    retry();
    return () => window.removeEventListener('online', retry);
  }, []);
}

/** The store once it has loaded, else undefined (the server render and hydration always see undefined). */
export function useProgressStore(): Store | undefined {
  useLoadAfterHydration();
  return useSyncExternalStore(
    subscribe,
    () => store,
    () => undefined,
  );
}

/**
 * One value of progress, like `useProgress(selector)`, and `fallback` until the store has loaded. `fallback` must
 * be the same value on every render (a module constant), as React requires of a snapshot.
 */
export function useLazyProgress<T>(selector: (state: ProgressState) => T, fallback: T): T {
  useLoadAfterHydration();
  return useSyncExternalStore(
    subscribe,
    () => (store ? selector(store.getState()) : fallback),
    () => fallback,
  );
}
