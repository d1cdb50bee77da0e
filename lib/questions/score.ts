/**
 * The one scoring vocabulary: how a count of right answers becomes the percentage that the exam, the pre-check, the
 * review, the certificate and the embed's `exam-scored` event all show, and what passes.
 */

/** The share of right answers needed to pass. */
export const passMark = 0.8;

/** Right answers out of items asked; `right` may hold partial credit (a Spotter item with some flags found). */
export type Tally = { right: number; total: number };

/** Whole percent, rounded down, so 79.9 % never shows as a pass; 0 when nothing was asked. */
export function percentOf(right: number, total: number): number {
  return total > 0 ? Math.floor((right / total) * 100 + 1e-9) : 0;
}

/**
 * Most genuine items right: more than half of them. Calling everything a scam scores well on a scam-heavy test, so
 * a pass also asks the learner to recognise the genuine pages they will meet every day (ASSESSMENT "Scoring").
 * With no genuine item asked (an old attempt), there is nothing to check.
 */
export function mostGenuineRight(genuine: Tally): boolean {
  return genuine.total === 0 || genuine.right * 2 > genuine.total;
}

/**
 * Passed when something was asked, at least the pass mark of it was right and, when the genuine items are known,
 * most of them were right. Every place that decides a pass calls this.
 */
export function passes(right: number, total: number, genuine?: Tally): boolean {
  return total > 0 && right / total >= passMark - 1e-9 && (genuine === undefined || mostGenuineRight(genuine));
}
