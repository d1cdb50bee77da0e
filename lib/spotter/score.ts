/**
 * Scoring of a red-flag exercise: which red flags the learner found and missed, which normal parts they marked
 * (false alarms), and a verdict that tells over-caution on a genuine artefact apart from simply being wrong
 * (issue 4: "over-caution gets its own feedback, not just 'wrong'"). Pure, so lessons, the exam and tests share it.
 */
type SpotLike = { id: string; flag: boolean };

export type SpotterVerdict =
  /** A scam, and every red flag was marked with no false alarm. */
  | 'all-found'
  /** A genuine artefact, and nothing was marked. */
  | 'safe'
  /** A scam; some red flags found, but some missed or some normal parts marked too. */
  | 'partly'
  /** A scam, rightly treated as suspicious, but only normal parts were marked. */
  | 'wrong-parts'
  /** A scam, and nothing was marked ("looks safe"). */
  | 'missed-scam'
  /** A genuine artefact with parts marked as red flags. */
  | 'over-cautious';

export type SpotterScore<S extends SpotLike> = {
  /** True when the artefact has no red flag at all: the right answer is "looks safe". */
  genuine: boolean;
  found: S[];
  missed: S[];
  falseAlarms: S[];
  verdict: SpotterVerdict;
  /** Exactly right. */
  correct: boolean;
  /**
   * Partial credit from 0 to 1, what the exam counts (ASSESSMENT "Scoring"): on a scam, red flags found minus false
   * alarms, floored at zero, out of the red flags there are; on a genuine artefact, 1 when nothing was marked.
   * Marking every part therefore earns nothing, and finding two of three flags earns two thirds.
   */
  credit: number;
};

/** Red flags found minus false alarms, floored at zero, as a share of the flags; the verdict alone for genuine ones. */
function spotterCredit(flags: number, found: number, falseAlarms: number): number {
  if (flags === 0) return falseAlarms === 0 ? 1 : 0;
  return Math.max(0, found - falseAlarms) / flags;
}

export function scoreSpotter<S extends SpotLike>(spots: readonly S[], marked: Iterable<string>): SpotterScore<S> {
  // Marks that match no spot (e.g. saved before the content changed) are ignored rather than counted.
  const chosen = new Set(marked);
  const genuine = !spots.some((spot) => spot.flag);
  const found = spots.filter((spot) => spot.flag && chosen.has(spot.id));
  const missed = spots.filter((spot) => spot.flag && !chosen.has(spot.id));
  const falseAlarms = spots.filter((spot) => !spot.flag && chosen.has(spot.id));
  const verdict: SpotterVerdict = genuine
    ? falseAlarms.length === 0
      ? 'safe'
      : 'over-cautious'
    : missed.length === 0 && falseAlarms.length === 0
      ? 'all-found'
      : found.length > 0
        ? 'partly'
        : falseAlarms.length > 0
          ? 'wrong-parts'
          : 'missed-scam';
  return {
    genuine,
    found,
    missed,
    falseAlarms,
    verdict,
    correct: verdict === 'all-found' || verdict === 'safe',
    credit: spotterCredit(found.length + missed.length, found.length, falseAlarms.length),
  };
}
