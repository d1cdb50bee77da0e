import { useSyncExternalStore } from 'react';

/** The subscribe of a useSyncExternalStore whose value never changes once in the browser (only server vs client). */
export const noSubscription = () => () => {};

/**
 * False during the server render and hydration, true after. Persisted progress is only known in the browser, so
 * progress UI shows a neutral placeholder until then instead of a misleading "0 done" (RELIABILITY STO-5).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
