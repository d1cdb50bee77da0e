'use client';

import { useEffect } from 'react';
import { startEmbedChild } from '@/lib/embed/child';
import { embedRootId, type EmbedEvent } from '@/lib/embed/protocol';
import { startWordPressChild, wordPressSecret } from '@/lib/embed/wp-child';

/** Connects a source of progress events to the host; returns its unsubscribe function. Must be a stable function. */
export type EmbedEventSource = (emit: (event: EmbedEvent) => void) => () => void;

/**
 * Runs the child side of the embed protocol on this page (lib/embed/child.ts), fed by `source` if given, and
 * WordPress's protocol when WordPress frames the page (lib/embed/wp-child.ts).
 */
export function useEmbedChild(source?: EmbedEventSource) {
  useEffect(() => {
    const root = document.getElementById(embedRootId);
    if (!root) return;
    const child = startEmbedChild(root);
    // Framed by WordPress: speak its height protocol too, and show the compact card where there is one (EMB-13).
    const secret = wordPressSecret(window.location.hash);
    const wordPress = secret && window.parent !== window ? startWordPressChild(root, secret) : undefined;
    document.documentElement.classList.toggle('wp-embed', Boolean(wordPress));
    const disconnect = source?.(child.emit);
    return () => {
      disconnect?.();
      child.stop();
      wordPress?.stop();
    };
  }, [source]);
}
