'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { StorageHealth } from '@/lib/progress/safe-storage';
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
 * What the storage notice says and offers. Its own chunk, loaded only once storage is in trouble (see
 * storage-notice.tsx), so the words for every failure are not in every page's first-load JavaScript (issue 13).
 */
export function StorageNoticeMessage({ health }: { health: StorageHealth }) {
  const [dismissedRecovery, setDismissedRecovery] = useState(false);
  const message = messageOf(health, dismissedRecovery);
  if (!message) return null;
  const offerCode = health.problem === 'full' || health.problem === 'no-backup';
  return (
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
  );
}
