/**
 * The stored form of progress: `{"state":{…},"version":n}` under one key (STO-4, STO-7). Decoding tells apart what
 * the store must treat differently: nothing saved, readable (perhaps with bad parts left out), unreadable, and data
 * from a newer version, which is only ever read (STO-13).
 */
import { progressVersion, readProgress, type Progress } from './progress-schema';

export type DecodedBlob =
  | { kind: 'ok'; progress: Progress; dropped: number }
  | { kind: 'corrupt' }
  /** A best-effort reading of it, used in memory; the stored value itself is never touched. */
  | { kind: 'newer'; progress: Progress };

export function encodeBlob(progress: Progress): string {
  const { answers, visited, lastLesson, spotters, precheck, exam, review } = progress;
  // Only data is saved, in a fixed order; actions and anything derived stay out of the blob (STO-6).
  const state: Progress = { answers, visited, lastLesson, spotters, precheck, exam, review };
  return JSON.stringify({ state, version: progressVersion });
}

export function decodeBlob(raw: string): DecodedBlob {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'corrupt' };
  const { state, version, ...extra } = parsed as Record<string, unknown>;
  if (!Number.isInteger(version) || (version as number) < 1) return { kind: 'corrupt' };
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return { kind: 'corrupt' };
  if ((version as number) > progressVersion) {
    // Newer fields are unknown here; whatever still reads as today's shape is shown, the rest waits untouched.
    return { kind: 'newer', progress: readProgress(state).progress };
  }
  const { progress, dropped } = readProgress(state);
  return { kind: 'ok', progress, dropped: dropped + Object.keys(extra).length };
}
