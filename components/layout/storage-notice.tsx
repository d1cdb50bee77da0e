'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';
import { loadProgressStore } from '@/lib/progress/lazy-progress';
import { pendingHealth, type StorageHealth } from '@/lib/progress/safe-storage';

type Message = (typeof import('./storage-notice-message'))['StorageNoticeMessage'];

/** Whether there is anything to say; the words and the dismissed state live in storage-notice-message.tsx. */
const inTrouble = (health: StorageHealth) =>
  health.mode === 'memory' || health.mode === 'memory-after-error' || Boolean(health.recovered);

/**
 * Says, visibly, when progress cannot be kept or had to be recovered, and what the learner can do (RELIABILITY
 * STO-1..3, STO-11..13, §2.4.4). A failed save stays on screen until the progress itself is saved.
 * The message is a chunk of its own, fetched only once storage is in trouble, so the words for every failure are
 * not in every page's first-load JavaScript (issue 13). A plain import() rather than next/dynamic: a chunk that
 * cannot load (offline before it was cached) must not throw into the page; it is tried again when back online.
 */
export function StorageNotice() {
  const health = useSyncExternalStore(progressStorage.subscribe, progressStorage.health, () => pendingHealth);
  const [message, setMessage] = useState<{ Message: Message } | null>(null);
  const trouble = inTrouble(health);

  useEffect(() => {
    // Pages without progress UI still read stored progress once, when the browser is idle, as they did when the
    // store was in every bundle: damaged data is backed up and reported on whatever page the learner opens (STO-3).
    const start = () => void loadProgressStore().catch(() => {});
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(start, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    if (!trouble || message) return;
    const load = () =>
      void import('./storage-notice-message').then(
        (module) => {
          window.removeEventListener('online', load);
          setMessage({ Message: module.StorageNoticeMessage });
        },
        () => {},
      );
    window.addEventListener('online', load);
    load();
    return () => window.removeEventListener('online', load);
  }, [trouble, message]);

  // The region is always present so screen readers announce the message when it appears.
  return (
    <div role="status" className="print-hidden">
      {trouble && message && <message.Message health={health} />}
    </div>
  );
}
