import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true after. Persisted progress is only known in the browser, so
 * progress UI shows a neutral placeholder until then instead of a misleading "0 done" (RELIABILITY STO-5).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
