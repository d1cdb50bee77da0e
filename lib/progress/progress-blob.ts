/**
 * The stored form of progress: `{"state":{…},"version":n}` under one key (STO-4, STO-7). Since v4 the state is the
 * compact form of progress-compact.ts (STO-6); v1 to v3 wrote the `Progress` shape itself, and still read as such.
 * Decoding tells apart what the store must treat differently: nothing saved, readable (perhaps with bad parts left
 * out), unreadable, and data from a newer version, which is only ever read (STO-13).
 */
import { packProgress, unpackProgress } from './progress-compact';
import { progressVersion, readProgress, type Progress } from './progress-schema';

/** The first version stored in the compact form. */
const compactSince = 4;

type DecodedBlob =
  | { kind: 'ok'; progress: Progress; dropped: number }
  | { kind: 'corrupt' }
  /** A best-effort reading of it, used in memory; the stored value itself is never touched. */
  | { kind: 'newer'; progress: Progress };

export function encodeBlob(progress: Progress): string {
  // Only data is saved; actions and anything derived stay out of the blob (STO-6).
  return JSON.stringify({ state: packProgress(progress), version: progressVersion });
}

/** Reads a stored state of any version: compact ones are translated first, then all go through one validator. */
function readState(state: Record<string, unknown>, version: number): { progress: Progress; dropped: number } {
  if (version < compactSince) return readProgress(state);
  const unpacked = unpackProgress(state);
  const { progress, dropped } = readProgress(unpacked.state);
  return { progress, dropped: dropped + unpacked.unknown };
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
  const fields = state as Record<string, unknown>;
  if ((version as number) > progressVersion) {
    // Newer fields are unknown here; whatever still reads as today's shape is shown, the rest waits untouched.
    return { kind: 'newer', progress: readState(fields, version as number).progress };
  }
  const { progress, dropped } = readState(fields, version as number);
  return { kind: 'ok', progress, dropped: dropped + Object.keys(extra).length };
}
