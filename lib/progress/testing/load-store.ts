import { vi } from 'vitest';
import { decodeBlob } from '../progress-blob';
import type { Progress } from '../progress-schema';
import { storageKeys } from '../storage-keys';

/**
 * A fresh store, hydrated from whatever localStorage holds now (the store hydrates when its module loads). Two calls
 * give two independent stores on one localStorage: two tabs that never hear of each other's writes (the worst case).
 */
export async function loadStore() {
  vi.resetModules();
  return import('../progress-store');
}

export const dataOf = ({ answers, visited, lastLesson, spotters, precheck, exam, review }: Progress): Progress => ({
  answers,
  visited,
  lastLesson,
  spotters,
  precheck,
  exam,
  review,
});

export const saved = () => JSON.parse(localStorage.getItem(storageKeys.progress) ?? 'null') as unknown;
/** The stored progress as the store reads it back (the stored form itself is compact since v4). */
export function savedState(): Progress {
  const decoded = decodeBlob(localStorage.getItem(storageKeys.progress) ?? 'null');
  if (decoded.kind !== 'ok' || decoded.dropped > 0)
    throw new Error(`stored progress does not read back: ${decoded.kind}`);
  return decoded.progress;
}
export const backupKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(`${storageKeys.progress}.corrupt-`));
