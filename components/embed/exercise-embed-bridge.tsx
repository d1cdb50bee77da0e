'use client';

import { useEmbedChild } from './use-embed-child';

/**
 * Talks to the host page for a single exercise embedded alone (EMB-15): height only; its answers are kept in the
 * store like a lesson's. A module apart from ./embed-bridge.tsx, whose lesson and exam bridges work out progress
 * events, so the 43 exercise embeds do not ship that code (issue 13).
 */
export function ExerciseEmbedBridge() {
  useEmbedChild();
  return null;
}
