/**
 * Grading a "scam, safe or check it yourself?" answer, and the kinds of right and wrong every exam item is graded
 * into. Apart from ./score, which grades every kind of item and so pulls in the Spotter's part names: daily
 * practice asks only this kind (issue 13).
 */
import type { VerdictItem } from './schema';
import type { VerdictChoice } from './verdicts';

/**
 * What kind of right or wrong: over-caution (calling a genuine item a scam) is told apart from missing a scam,
 * because the feedback for each is different (issue 4). "could-tell": the learner chose "I'd check it myself" where
 * the screen settles it (a safe habit, but no credit); "needs-check": the screen cannot settle it, and the learner
 * judged anyway.
 */
export type ItemFeedback =
  'correct' | 'over-cautious' | 'missed-scam' | 'could-tell' | 'needs-check' | 'partly' | 'wrong-parts' | 'incorrect';

export type ItemGrade = {
  correct: boolean;
  feedback: ItemFeedback;
  /** Points from 0 to 1: 1 when right, a share for a Spotter item partly right, else 0. */
  credit: number;
  /** The learner treated the item as a scam ("scam", or red flags marked): hit and false-alarm rates count this. */
  flagged: boolean;
};

/**
 * "check" scores only where it is the key. Elsewhere it earns nothing but is never a false alarm: checking through
 * your own route is the habit the course teaches, so its feedback says kindly that this screen could be settled.
 */
export function gradeVerdict(item: VerdictItem, choice: VerdictChoice): ItemGrade {
  const flagged = choice === 'scam';
  if (choice === item.answer) return { correct: true, feedback: 'correct', credit: 1, flagged };
  const feedback: ItemFeedback =
    choice === 'check'
      ? 'could-tell'
      : item.answer === 'check'
        ? 'needs-check'
        : item.answer === 'safe'
          ? 'over-cautious'
          : 'missed-scam';
  return { correct: false, feedback, credit: 0, flagged };
}
