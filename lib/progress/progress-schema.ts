import { z } from 'zod';
// Before any schema below is built: zod reads this setting when it constructs object schemas.
import '@/lib/zod-jitless';

/** Current shape of saved progress. Bump `progressVersion` with a migration and a fixture (RELIABILITY STO-4). */
export const progressVersion = 1;

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

export const answerSchema = z.strictObject({
  /** Ids of the options the learner chose. */
  choice: z.array(key).max(6),
  correct: z.boolean(),
});

export const progressSchema = z.strictObject({
  /** quiz id → question id → the learner's checked answer. */
  answers: z.record(key, z.record(key, answerSchema)),
  /** Slugs of lessons the learner has opened. */
  visited: z.array(key).max(200),
  /** The lesson the learner opened last, for "continue where you left off". */
  lastLesson: key.nullable(),
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
