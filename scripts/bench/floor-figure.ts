/**
 * The floor every route's JavaScript budget is a multiple of: the first-load JS (modern browsers, gzip) of a bare
 * page in a fresh Next app with nothing of ours, measured by
 *   npx tsx scripts/bench/floor.ts
 * `npm run bench` measures it again on every run and flags a drift; scripts/check-size.ts refuses to use it with a
 * Next version other than the one it was measured with.
 */
export const recordedFloor = { bytes: 134790, next: '16.4.6', measured: '2026-12-01' };

export const floorCommand = 'npx tsx scripts/bench/floor.ts';

/** Issue 13's target: every route's first-load JS at most this many times the floor. */
export const pageRatio = 1.1;
