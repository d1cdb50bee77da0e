'use client';

import { useEffect } from 'react';
import { refuseFetchInOpaqueOrigin } from '@/lib/embed/opaque-origin';
import { requestWordPressLink, wordPressSecret } from '@/lib/embed/wp-child';

/**
 * In a frame, every page of the site outside /embed/ refuses to load (frame-ancestors 'self'), so any link the
 * embedded exam or lesson renders to such a page (results → a lesson, the full course) opens in a new tab,
 * without handing over the opener. Runs in the capture phase, before next/link's own click handling.
 *
 * WordPress's sandbox cannot open tabs (no allow-popups): there our links, new-tab ones included, ask WordPress to
 * open them in the top window instead (EMB-13, lib/embed/wp-child.ts).
 */
export function EmbedLinks() {
  useEffect(() => {
    const secret = window.parent !== window ? wordPressSecret(window.location.hash) : undefined;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      // Already handled in the frame (components/embed/embed-exam-views.tsx).
      if (event.defaultPrevented || !(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.hash && url.pathname === window.location.pathname)) return;
      if (secret) {
        event.preventDefault();
        requestWordPressLink(url.href, secret);
        return;
      }
      if (link.target === '_blank' || url.pathname.startsWith('/embed/')) return;
      event.preventDefault();
      window.open(url.href, '_blank', 'noopener');
    };
    document.addEventListener('click', onClick, true);
    const restoreFetch = refuseFetchInOpaqueOrigin();
    return () => {
      document.removeEventListener('click', onClick, true);
      restoreFetch();
    };
  }, []);
  return null;
}
