'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Registers the offline service worker (out/sw.js, built by scripts/build-sw.ts) in production builds of the full
 * site only, never in embeds (RELIABILITY OFF-1, OFF-3). When a new deploy's worker is waiting, it offers a reload
 * instead of swapping files under the open page (OFF-2). Its words come from the server as props, so the site's
 * interface text is not bundled into every page (issue 13).
 */
export function OfflineSupport({ updateReady, reload }: { updateReady: string; reload: string }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    if (window.location.pathname.startsWith('/embed/')) return;
    let cancelled = false;
    const offer = (registration: ServiceWorkerRegistration) => {
      // Only an update waits behind a controlling worker; the very first install has nothing to replace.
      if (registration.waiting && navigator.serviceWorker.controller && !cancelled) setWaiting(registration.waiting);
    };
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        offer(registration);
        registration.addEventListener('updatefound', () => {
          registration.installing?.addEventListener('statechange', () => offer(registration));
        });
      })
      // Blocked (private mode, test browsers) or unsupported: the site works online as before.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting) return null;
  return (
    <div role="status" className="print-hidden border-b-4 border-accent bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <p className="flex-1 basis-48">{updateReady}</p>
        <Button
          onClick={() => {
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
              once: true,
            });
            waiting.postMessage({ type: 'SKIP_WAITING' });
          }}
          variant="quiet"
        >
          {reload}
        </Button>
      </div>
    </div>
  );
}
