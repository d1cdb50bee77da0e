/**
 * The verdicts a learner can give on a "scam or safe?" item. "check" is "I can't tell from this — I'd check in the app
 * or on the site myself": the right answer where the screen alone cannot settle it (ASSESSMENT "What an item tests").
 * Free of zod, so the exam's client island can list them.
 */
export const verdicts = ['scam', 'safe', 'check'] as const;
export type VerdictChoice = (typeof verdicts)[number];
