/**
 * "Save my progress" as a short code that another browser, device or the full site can read back (STO-9), with no
 * server: `SW<v>.<payload>.<check>`. The payload is the progress JSON compressed by lz-string into URL-safe
 * characters (so the code also travels in `/progress/#code=…`); the check is a CRC-32 of everything before it, so a
 * mistyped, cut-off or edited code is refused instead of restoring something else. Pure: no storage, no DOM.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { decodeBlob, encodeBlob } from './progress-blob';
import type { Progress } from './progress-schema';

/** The code's own format; the progress inside carries its store version and is migrated like stored data. */
const codeFormat = 1;
const codePattern = /^SW(\d+)\.([A-Za-z0-9+$-]+)\.([0-9a-z]{1,7})$/;

export type DecodeFailure = 'empty' | 'malformed' | 'tampered' | 'newer';
type DecodedCode = { ok: true; progress: Progress } | { ok: false; reason: DecodeFailure };

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(text: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = crcTable[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(36);
}

export function encodeProgressCode(state: Progress): string {
  const body = `SW${codeFormat}.${compressToEncodedURIComponent(encodeBlob(state))}`;
  return `${body}.${crc32(body)}`;
}

/** Reads a code back; spaces and line breaks (from copying or an e-mail) are ignored. Never throws. */
export function decodeProgressCode(code: string): DecodedCode {
  const compact = code.replace(/\s+/g, '');
  if (!compact) return { ok: false, reason: 'empty' };
  const match = codePattern.exec(compact);
  // Starting like a code but not ending like one: cut off or edited, which the learner should hear as such.
  if (!match) return { ok: false, reason: /^SW\d+\./.test(compact) ? 'tampered' : 'malformed' };
  const [, format, payload, check] = match;
  if (crc32(`SW${format}.${payload}`) !== check) return { ok: false, reason: 'tampered' };
  if (Number(format) > codeFormat) return { ok: false, reason: 'newer' };
  let raw: string | null = null;
  try {
    raw = decompressFromEncodedURIComponent(payload!);
  } catch {
    raw = null;
  }
  if (!raw) return { ok: false, reason: 'malformed' };
  const decoded = decodeBlob(raw);
  if (decoded.kind === 'corrupt') return { ok: false, reason: 'malformed' };
  if (decoded.kind === 'newer') return { ok: false, reason: 'newer' };
  // A code that passes its check but holds bad entries was made by hand: refuse it rather than restore a part.
  if (decoded.dropped > 0) return { ok: false, reason: 'tampered' };
  return { ok: true, progress: decoded.progress };
}
