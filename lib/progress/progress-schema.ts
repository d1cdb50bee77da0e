// zod/mini: this schema runs in the browser, where full zod would cost many kilobytes of JavaScript. jitless keeps
// zod from probing `Function("")`, which the CSP (no unsafe-eval) reports as a violation (RELIABILITY SEC-2/SEC-3).
import * as z from 'zod/mini';

z.config({ jitless: true });

/** Current shape of saved progress. Bump `progressVersion` with a migration and a fixture (RELIABILITY STO-4). */
export const progressVersion = 2;

const key = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** A calendar day, YYYY-MM-DD: the only date kept (the certificate's), never a time of day (STO-7). */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const answerSchema = z.strictObject({
  /** Ids of the options the learner chose. */
  choice: z.array(key).check(z.maxLength(6)),
  correct: z.boolean(),
});

/** A checked red-flag exercise: the part ids the learner marked and whether that was exactly right. */
export const spotterResultSchema = z.strictObject({
  marked: z.array(key).check(z.maxLength(20)),
  correct: z.boolean(),
});

/** One finished exam or pre-check: the item ids drawn, in order, and the ones answered right. Scores derive from these. */
export const attemptSchema = z.strictObject({
  items: z.array(key).check(z.maxLength(16)),
  right: z.array(key).check(z.maxLength(16)),
  /** Item id → partial credit (0–1) of a Spotter item partly right (lib/spotter/score `credit`). */
  partial: z.optional(z.record(key, z.number().check(z.gte(0), z.lte(1)))),
  /** Ids of the genuine items drawn, so the pass rule ("most genuine items right") needs no pool. */
  genuine: z.optional(z.array(key).check(z.maxLength(16))),
  /** Ids the learner treated as a scam, for the hit and false-alarm rates (lib/exam/signal). */
  flagged: z.optional(z.array(key).check(z.maxLength(16))),
  /** Ids answered with confidence "sure", for calibration. */
  sure: z.optional(z.array(key).check(z.maxLength(16))),
});

/** Version 1, the foundation's shape; kept so `migrateProgress` can read it (STO-4). */
export const progressSchemaV1 = z.strictObject({
  /** quiz id → question id → the learner's checked answer. */
  answers: z.record(key, z.record(key, answerSchema)),
  /** Slugs of lessons the learner has opened. */
  visited: z.array(key).check(z.maxLength(200)),
  /** The lesson the learner opened last, for "continue where you left off". */
  lastLesson: z.nullable(key),
});

export const progressSchema = z.extend(progressSchemaV1, {
  /** Spotter id → the learner's checked marks in a lesson's red-flag exercise. */
  spotters: z.record(key, spotterResultSchema),
  /** The optional 8-item check taken before the course, for the "before → after" comparison. */
  precheck: z.nullable(attemptSchema),
  exam: z.strictObject({
    /** The most recent attempts, oldest first; the last one's items are avoided by the next draw. */
    attempts: z.array(attemptSchema).check(z.maxLength(3)),
    /** The day of the first pass, printed on the certificate. */
    passedOn: z.nullable(day),
  }),
  /** Exam item id → how many times in a row it has been answered right in review; it leaves the queue at 2. */
  review: z.record(key, z.int().check(z.gte(0), z.lte(1))),
});

export type Answer = z.output<typeof answerSchema>;
export type SpotterResult = z.output<typeof spotterResultSchema>;
export type Attempt = z.output<typeof attemptSchema>;
export type ProgressV1 = z.output<typeof progressSchemaV1>;
export type Progress = z.output<typeof progressSchema>;

/** How many exam attempts are kept: enough for "different across attempts", small enough for STO-6. */
export const maxAttempts = 3;

export const initialProgress: Progress = {
  answers: {},
  visited: [],
  lastLesson: null,
  spotters: {},
  precheck: null,
  exam: { attempts: [], passedOn: null },
  review: {},
};

/**
 * Brings saved progress of any earlier version to the current shape, or throws if it cannot (the caller backs the
 * data up before starting afresh). Every old version keeps everything it held: nothing is dropped on upgrade.
 */
export function migrateProgress(persisted: unknown, fromVersion: number): Progress {
  if (fromVersion === progressVersion) return progressSchema.parse(persisted);
  if (fromVersion === 1) {
    // v2 added the red-flag exercises, the pre-check, the exam and the review queue; a v1 learner has none yet.
    const v1 = progressSchemaV1.parse(persisted);
    return { ...initialProgress, ...v1 };
  }
  throw new Error(`saved progress has version ${fromVersion}, which this version of Scamwise cannot read`);
}
