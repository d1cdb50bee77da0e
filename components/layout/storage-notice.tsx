'use client';

import { useSyncExternalStore } from 'react';
import { lazyModule, useIdlePreload } from '@/lib/lazy-module';
import { progressStorage } from '@/lib/progress/browser-storage';
import { loadProgressStore } from '@/lib/progress/lazy-progress';
import { pendingHealth, type StorageHealth } from '@/lib/progress/safe-storage';

/**
 * The message is a chunk of its own, fetched only once storage is in trouble, so the words for every failure are
 * not in every page's first-load JavaScript (issue 13). lazyModule rather than next/dynamic: a chunk that cannot
 * load (offline before it was cached) must not throw into the page; it is tried again when back online.
 */
const messageModule = lazyModule(() => import('./storage-notice-message'));

/** Whether there is anything to say; the words and the dismissed state live in storage-notice-message.tsx. */
const inTrouble = (health: StorageHealth) =>
  health.mode === 'memory' || health.mode === 'memory-after-error' || Boolean(health.recovered);

/**
 * Says, visibly, when progress cannot be kept or had to be recovered, and what the learner can do (RELIABILITY
 * STO-1..3, STO-11..13, §2.4.4). A failed save stays on screen until the progress itself is saved.
 */
export function StorageNotice() {
  const health = useSyncExternalStore(progressStorage.subscribe, progressStorage.health, () => pendingHealth);
  const trouble = inTrouble(health);
  const message = messageModule.useModule(trouble);
  // Pages without progress UI still read stored progress once, when the browser is idle, as they did when the
  // store was in every bundle: damaged data is backed up and reported on whatever page the learner opens (STO-3).
  useIdlePreload(loadProgressStore, true);

  // The region is always present so screen readers announce the message when it appears.
  return (
    <div role="status" className="print-hidden">
      {trouble && message && <message.StorageNoticeMessage health={health} />}
    </div>
  );
}
