'use client';

import { useSyncExternalStore } from 'react';
import { progressStorage } from '@/lib/progress/browser-storage';
import { pendingHealth } from '@/lib/progress/safe-storage';

export type EmbedStorageStatusProps = {
  /** The full-site page where progress can be kept (first-party storage). */
  href: string;
  linkText: string;
  /** What the notice says, and the link's hidden "(opens in a new tab)"; handed in by the server wrapper. */
  notice: string;
  newTab: string;
};

/**
 * In an embed, storage may be partitioned (fine) or blocked (sandbox without allow-same-origin, all cookies blocked,
 * Playwright's Chromium): then the lesson still works but says so, with a way to a tab where progress is kept
 * (RELIABILITY §2.4.4). Before hydration the notice is in the HTML but shown only when public/theme-init.js found
 * storage blocked (html.no-storage), so it is there from the first paint instead of pushing the lesson down later.
 */
export function EmbedStorageStatus({ href, linkText, notice, newTab }: EmbedStorageStatusProps) {
  const health = useSyncExternalStore(progressStorage.subscribe, progressStorage.health, () => pendingHealth);
  const pending = health.mode === 'pending';
  const show = pending || health.mode === 'memory' || health.mode === 'memory-after-error';
  return (
    <div role="status" className="print-hidden">
      {show && (
        <div
          data-testid="storage-notice"
          className={`border-b-4 border-focus bg-warn-bg ${pending ? 'storage-blocked-only' : ''}`}
        >
          <p className="mx-auto max-w-3xl px-4 py-2 text-base">
            {notice}{' '}
            <a href={href} target="_blank" rel="noopener" className="font-medium">
              {linkText}
              <span className="sr-only"> {newTab}</span>
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
