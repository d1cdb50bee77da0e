// zod/mini and jitless for the same reasons as lib/progress/progress-schema.ts (bundle size, CSP without eval).
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage } from '@/lib/progress/safe-storage';
import { storageKeys } from '@/lib/progress/storage-keys';
import { noStreak, practise } from './streak';

z.config({ jitless: true });

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const key = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/**
 * Daily practice's own saved state, under its own key (RELIABILITY PRA-2, STO-6): the streak and today's answer,
 * ids and days only, never a time of day. Kept apart from course progress so it can change without a migration.
 */
export const practiceSchema = z.strictObject({
  streak: z.strictObject({ lastDay: z.nullable(day), count: z.int().check(z.gte(0)), best: z.int().check(z.gte(0)) }),
  /** The last day's answer, so coming back the same day shows the result instead of asking again. */
  last: z.nullable(
    z.strictObject({
      day,
      itemId: key,
      choice: z.enum(['scam', 'safe']),
      confidence: z.enum(['guessing', 'fairly-sure', 'sure']),
      correct: z.boolean(),
    }),
  ),
});

export type PracticeData = z.output<typeof practiceSchema>;
export type PracticeAnswer = NonNullable<PracticeData['last']>;

export const practiceVersion = 1;

/** The same never-throwing adapter as progress (STO-1..3): blocked storage falls back to memory. */
export const practiceStorage = createSafeStorage<PracticeData>({
  getStorage: () => (typeof window === 'undefined' ? undefined : window.localStorage),
  schema: practiceSchema,
  version: practiceVersion,
});

type PracticeState = PracticeData & { answer(answer: PracticeAnswer): void };

const initial: PracticeData = { streak: noStreak, last: null };

export const usePractice = create<PracticeState>()(
  persist(
    (set) => ({
      ...initial,
      answer: (answer) =>
        set((state) =>
          state.last?.day === answer.day ? {} : { last: answer, streak: practise(state.streak, answer.day) },
        ),
    }),
    {
      name: storageKeys.practice,
      version: practiceVersion,
      storage: practiceStorage,
      partialize: ({ streak, last }): PracticeData => ({ streak, last }),
      // No older version exists yet; unreadable data is copied aside before starting afresh (STO-3).
      migrate: () => {
        practiceStorage.quarantine(storageKeys.practice);
        return initial;
      },
    },
  ),
);
