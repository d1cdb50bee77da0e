/**
 * The one scoring vocabulary: how a count of right answers becomes the percentage that the exam, the pre-check, the
 * review, the certificate and the embed's `exam-scored` event all show, and what passes.
 */

/** The share of right answers needed to pass. */
export const passMark = 0.8;

/** Whole percent, rounded down, so 79.9 % never shows as a pass; 0 when nothing was asked. */
export function percentOf(right: number, total: number): number {
  return total > 0 ? Math.floor((right / total) * 100 + 1e-9) : 0;
}

/** Passed when something was asked and at least the pass mark of it was right. */
export function passes(right: number, total: number): boolean {
  return total > 0 && right / total >= passMark;
}
