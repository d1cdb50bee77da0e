// zod/mini: this schema runs in the browser, where full zod would cost many kilobytes of JavaScript. jitless keeps
// zod from probing `Function("")`, which the CSP (no unsafe-eval) reports as a violation (RELIABILITY SEC-2/SEC-3).
import * as z from 'zod/mini';

z.config({ jitless: true });

/** Current shape of saved progress. Bump `progressVersion` with a migration and a fixture (RELIABILITY STO-4). */
export const progressVersion = 1;

const key = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

export const answerSchema = z.strictObject({
  /** Ids of the options the learner chose. */
  choice: z.array(key).check(z.maxLength(6)),
  correct: z.boolean(),
});

export const progressSchema = z.strictObject({
  /** quiz id → question id → the learner's checked answer. */
  answers: z.record(key, z.record(key, answerSchema)),
  /** Slugs of lessons the learner has opened. */
  visited: z.array(key).check(z.maxLength(200)),
  /** The lesson the learner opened last, for "continue where you left off". */
  lastLesson: z.nullable(key),
});

export type Answer = z.output<typeof answerSchema>;
export type Progress = z.output<typeof progressSchema>;

export const initialProgress: Progress = { answers: {}, visited: [], lastLesson: null };

/**
 * Brings saved progress of any earlier version to the current shape, or throws if it cannot (the caller backs the
 * data up before starting afresh). Version 1 is the first, so there is nothing older to convert yet.
 */
export function migrateProgress(persisted: unknown, fromVersion: number): Progress {
  if (fromVersion === progressVersion) return progressSchema.parse(persisted);
  throw new Error(`saved progress has version ${fromVersion}, which this version of Scamwise cannot read`);
}
