'use client';

import Link from 'next/link';
import { useState, useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/progress-store';
import { pendingHealth } from '@/lib/progress/safe-storage';
import { storageText } from '@/lib/i18n/en/storage';

/** Says, visibly and once, when progress cannot be kept or had to be recovered (RELIABILITY STO-1..3, §2.4.4). */
export function StorageNotice() {
  const health = useSyncExternalStore(progressStorage.subscribe, progressStorage.health, () => pendingHealth);
  const [dismissedRecovery, setDismissedRecovery] = useState(false);

  const message =
    health.mode === 'memory'
      ? storageText.memory
      : health.mode === 'memory-after-error'
        ? storageText.memoryAfterError
        : health.recovered && !dismissedRecovery
          ? storageText.recovered
          : null;

  // The region is always present so screen readers announce the message when it appears.
  return (
    <div role="status" className="print-hidden">
      {message && (
        <div data-testid="storage-notice" className="border-b-4 border-focus bg-warn-bg">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-base">
            <p className="flex-1 basis-64">{message}</p>
            <Link href="/privacy/" className="font-medium">
              {storageText.learnMore}
            </Link>
            {message === storageText.recovered && (
              <button
                type="button"
                onClick={() => setDismissedRecovery(true)}
                className="min-h-11 rounded border-2 border-ink px-3 font-medium"
              >
                {storageText.dismiss}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
