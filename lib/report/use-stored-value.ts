'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';

// One listener set per key, so writing one small preference re-renders only its readers.
const listeners = new Map<string, Set<() => void>>();

/**
 * A small preference kept under its own key through the safe storage adapter (never throws; memory when storage
 * is blocked, STO-1). `null` on the server and during hydration, so the first client render matches the HTML.
 */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    [key],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => progressStorage.readRaw(key),
    () => null,
  );
  const write = useCallback(
    (next: string | null) => {
      progressStorage.writeRaw(key, next);
      listeners.get(key)?.forEach((listener) => listener());
    },
    [key],
  );
  return [value, write];
}
