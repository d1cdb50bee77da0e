import { useSyncExternalStore } from 'react';
import { lazyModule } from '../lazy-module';
import { noSubscription } from '../use-hydrated';
import { progressStorage } from './browser-storage';
import { storageKeys } from './storage-keys';
import type { ProgressState } from './progress-store';

/**
 * The progress store's loading boundary (issue 13). The store, with its schema check, actions and scoring, is not
 * needed to draw or hydrate a page: saved progress is only shown after hydration anyway (STO-5). So components that
 * show or change progress load it here, as a chunk of its own fetched once the page has hydrated, through the same
 * loader as the lazy views (lib/lazy-module.ts: one request for every caller, tried again when back online).
 * Controls that save progress stay disabled ("Getting ready…") until it is there, so nothing a learner does is
 * dropped (issue 12 item 8).
 */

type Store = (typeof import('./progress-store'))['useProgress'];

const storeModule = lazyModule(() => import('./progress-store').then((module) => module.useProgress));

/** The store, loading it on the first call; every caller shares the one request and the one store. */
export const loadProgressStore: () => Promise<Store> = storeModule.preload;

/** The store for an action the learner took: resolves once it has loaded, trying again when back online. */
export const whenProgressStore: () => Promise<Store> = storeModule.whenReady;

/**
 * True when this browser held no saved progress as the page loaded (a first visit): then nothing saved can be shown
 * late or overwritten, so a quiz may take an answer before the store has arrived and save it when it does (time to
 * first answer, issue 13). Asked of the key's presence, not its value, so progress that cannot be read just now
 * still counts as saved; storage that cannot be reached counts as unknown, and the quiz waits for the store. Read
 * once, as the page's scripts run; progress saved since by another tab is kept, as saving applies one change at a time.
 */
export const nothingSavedAtLoad: boolean =
  typeof window !== 'undefined' && progressStorage.has(storageKeys.progress) === false;

/** The store once it has loaded, else undefined (the server render and hydration always see undefined). */
export function useProgressStore(): Store | undefined {
  return storeModule.useModule();
}

/** The store if it has loaded, else undefined: for an event handler, which needs no re-render when it arrives. */
export const currentProgressStore: () => Store | undefined = storeModule.current;

/**
 * Whether a quiz may take answers: false in the server render and hydration; after that, at once on a first visit
 * (`nothingSavedAtLoad`), else once the store has arrived, so a saved answer is shown before a new one can replace
 * it. On a first visit the store's arrival changes nothing here, so it re-renders no quiz: on a lesson that redraw
 * of every quiz was one long task of its own (issue 13). Loads the store after mount.
 */
export function useTakesAnswers(): boolean {
  storeModule.useWanted();
  return useSyncExternalStore(
    nothingSavedAtLoad ? noSubscription : storeModule.subscribe,
    () => nothingSavedAtLoad || storeModule.current() !== undefined,
    () => false,
  );
}

/** Calls `listener` when the store arrives and on each change of progress after that. */
function subscribeProgress(listener: () => void): () => void {
  let leaveStore: (() => void) | undefined;
  const joinStore = () => (leaveStore ??= storeModule.current()?.subscribe(listener));
  const leaveModule = storeModule.subscribe(() => {
    joinStore();
    listener();
  });
  joinStore();
  return () => {
    leaveModule();
    leaveStore?.();
  };
}

/**
 * One value of progress, like `useProgress(selector)`, and `fallback` until the store has loaded; loads the store
 * after mount. It re-renders only when that value changes: the store's arrival alone does not re-render what reads
 * through it (a lesson's quizzes and Spotter), which on a lesson made one long task of React work (issue 13).
 * `fallback` must be the same value on every render (a module constant), as React requires of a snapshot.
 */
export function useLazyProgress<T>(selector: (state: ProgressState) => T, fallback: T): T {
  storeModule.useWanted();
  return useSyncExternalStore(
    subscribeProgress,
    () => {
      const store = storeModule.current();
      return store ? selector(store.getState()) : fallback;
    },
    () => fallback,
  );
}
