'use client';

import Link from 'next/link';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';
import { loadProgressStore } from '@/lib/progress/lazy-progress';
import { pendingHealth, type StorageHealth } from '@/lib/progress/safe-storage';
import { storageText } from '@/lib/i18n/en/storage';
import { Button } from '@/components/ui/button';

const problemText = {
  full: storageText.full,
  write: storageText.memoryAfterError,
  read: storageText.readFailed,
  newer: storageText.newer,
  'no-backup': storageText.noBackup,
} as const;

/** The message for a state of storage, or null; problems outrank a recovery, which can be dismissed. */
function messageOf(health: StorageHealth, dismissed: boolean): { text: string; dismissible: boolean } | null {
  if (health.mode === 'memory') return { text: storageText.memory, dismissible: false };
  if (health.mode === 'memory-after-error') return { text: problemText[health.problem ?? 'write'], dismissible: false };
  if (health.recovered && !dismissed)
    return { text: health.recovered === 'reset' ? storageText.recovered : storageText.partial, dismissible: true };
  return null;
}

/**
 * Says, visibly, when progress cannot be kept or had to be recovered, and what the learner can do (RELIABILITY
 * STO-1..3, STO-11..13, §2.4.4). A failed save stays on screen until the progress itself is saved.
 */
export function StorageNotice() {
  const health = useSyncExternalStore(progressStorage.subscribe, progressStorage.health, () => pendingHealth);
  const [dismissedRecovery, setDismissedRecovery] = useState(false);
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
  const message = messageOf(health, dismissedRecovery);
  const offerCode = health.problem === 'full' || health.problem === 'no-backup';

  // The region is always present so screen readers announce the message when it appears.
  return (
    <div role="status" className="print-hidden">
      {message && (
        <div data-testid="storage-notice" className="border-b-4 border-focus bg-warn-bg">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-base">
            <p className="flex-1 basis-64">{message.text}</p>
            {offerCode && (
              <Link href="/progress/" className="font-medium">
                {storageText.saveCode}
              </Link>
            )}
            <Link href="/privacy/" className="font-medium">
              {storageText.learnMore}
            </Link>
            {message.dismissible && (
              <Button variant="quiet" onClick={() => setDismissedRecovery(true)}>
                {storageText.dismiss}
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
