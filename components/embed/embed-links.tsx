'use client';

import { useEffect } from 'react';

/**
 * In a frame, every page of the site outside /embed/ refuses to load (frame-ancestors 'self'), so any link the
 * embedded exam or lesson renders to such a page (results → certificate, review, a lesson) opens in a new tab,
 * without handing over the opener. Runs in the capture phase, before next/link's own click handling.
 */
export function EmbedLinks() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      // Already handled in the frame (components/embed/embed-exam-views.tsx).
      if (event.defaultPrevented || !(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      const url = new URL(link.href, window.location.href);
      if (
        url.origin !== window.location.origin ||
        url.pathname.startsWith('/embed/') ||
        (url.hash && url.pathname === window.location.pathname)
      )
        return;
      event.preventDefault();
      window.open(url.href, '_blank', 'noopener');
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return null;
}
