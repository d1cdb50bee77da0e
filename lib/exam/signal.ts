/**
 * Signal-detection and calibration figures for a saved attempt (ASSESSMENT "Scoring"): how many scams the learner
 * caught (hit rate), how many genuine pages they flagged (false-alarm rate, over-caution is a cost) and how often
 * "sure" was right (calibration). Pure, so the result page, the pre-check and tests share it.
 */
import type { SavedAttempt } from './attempt-score';
import type { ItemTruth } from './score';

/** `count` of `of`; `rate` is undefined when nothing was asked, so the page says so rather than showing 0 %. */
type Rate = { count: number; of: number; rate: number | undefined };

export type SignalFigures = {
  /** Scams treated as scams, out of the scams drawn. */
  hits: Rate;
  /** Genuine items treated as scams, out of the genuine items drawn. */
  falseAlarms: Rate;
  /** Answers given as "sure" that were right, out of the answers given as "sure". */
  calibration: Rate;
};

/** The extras a 16-item attempt saves for these figures (lib/progress); older attempts have neither. */
type SignalAttempt = SavedAttempt & {
  /** Ids the learner treated as a scam ("scam", or red flags marked). */
  flagged?: readonly string[];
  /** Ids answered with confidence "sure". */
  sure?: readonly string[];
};

const rateOf = (count: number, of: number): Rate => ({ count, of, rate: of > 0 ? count / of : undefined });

export function signalFigures(attempt: SignalAttempt, truthOf: (id: string) => ItemTruth | undefined): SignalFigures {
  const items = [...new Set(attempt.items)];
  const right = new Set(attempt.right);
  // An attempt saved before `flagged` existed: a scam answered right was caught, a genuine item answered wrong flagged.
  const flagged = attempt.flagged
    ? new Set(attempt.flagged)
    : new Set(items.filter((id) => (truthOf(id) === 'scam') === right.has(id)));
  const scams = items.filter((id) => truthOf(id) === 'scam');
  const genuine = items.filter((id) => truthOf(id) === 'genuine');
  const sure = items.filter((id) => attempt.sure?.includes(id));
  return {
    hits: rateOf(scams.filter((id) => flagged.has(id)).length, scams.length),
    falseAlarms: rateOf(genuine.filter((id) => flagged.has(id)).length, genuine.length),
    calibration: rateOf(sure.filter((id) => right.has(id)).length, sure.length),
  };
}

export type Reading = 'good' | 'fair' | 'poor' | 'none';

/**
 * A plain-language band for each figure; the words live in lib/i18n/en/exam.ts. Hits and calibration are good when
 * high, false alarms when low. The bands match the pass mark: 80 % is "good", below half is "poor".
 */
export function readingOf(figure: keyof SignalFigures, rate: Rate): Reading {
  if (rate.rate === undefined) return 'none';
  const value = figure === 'falseAlarms' ? 1 - rate.rate : rate.rate;
  return value >= 0.8 - 1e-9 ? 'good' : value >= 0.5 ? 'fair' : 'poor';
}

/** Whole percent of a rate, rounded to the nearest (these are descriptions, not pass decisions). */
export function ratePercent(rate: Rate): number | undefined {
  return rate.rate === undefined ? undefined : Math.round(rate.rate * 100);
}
