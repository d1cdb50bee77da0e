/** The two share cards, one per outcome, built as /social/practice/<file> (app/social/practice). */
export type PracticeOutcome = 'right' | 'wrong';

export const practiceCards: Record<PracticeOutcome, string> = { right: 'right.png', wrong: 'wrong.png' };

export const practiceCardPath = (outcome: PracticeOutcome) => `/social/practice/${practiceCards[outcome]}`;
