'use client';

import { useEffect } from 'react';
import { startEmbedChild } from '@/lib/embed/child';
import { embedRootId, type EmbedEvent } from '@/lib/embed/protocol';

/** Connects a source of progress events to the host; returns its unsubscribe function. Must be a stable function. */
export type EmbedEventSource = (emit: (event: EmbedEvent) => void) => () => void;

/** Runs the child side of the embed protocol on this page (lib/embed/child.ts), fed by `source` if given. */
export function useEmbedChild(source?: EmbedEventSource) {
  useEffect(() => {
    const root = document.getElementById(embedRootId);
    if (!root) return;
    const child = startEmbedChild(root);
    const disconnect = source?.(child.emit);
    return () => {
      disconnect?.();
      child.stop();
    };
  }, [source]);
}
