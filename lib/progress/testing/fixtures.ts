import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBlob } from '../progress-blob';
import type { Progress } from '../progress-schema';

// Saved progress of every version, as the store tests read it (lib/progress/fixtures/progress.v<N>.json).
// path.join, not `new URL(…, import.meta.url)`: under jsdom, URL is jsdom's and resolves differently.
export const fixturePath = (version: number) => path.join(import.meta.dirname, '..', 'fixtures', `progress.v${version}.json`);
export const readFixture = (version: number) => readFileSync(fixturePath(version), 'utf8');
/** A fixture's progress as the store reads it (v4 and later are stored compact). */
export const fixtureState = (version: number): Progress => {
  const decoded = decodeBlob(readFixture(version));
  if (decoded.kind !== 'ok') throw new Error(`fixture v${version} does not read`);
  return decoded.progress;
};
