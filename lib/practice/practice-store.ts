import { create } from 'zustand';
import type { Confidence } from '@/lib/exam/score';
import { verdicts, type VerdictChoice } from '@/lib/exam/verdicts';
import { isId } from '@/lib/ids';
import { progressStorage } from '@/lib/progress/browser-storage';
import { storageKeys } from '@/lib/progress/storage-keys';
import { noStreak, practise, type Streak } from './streak';

/** The last day's answer, so coming back the same day shows the result instead of asking again. */
type PracticeAnswer = {
  day: string;
  itemId: string;
  choice: VerdictChoice;
  confidence: Confidence;
  correct: boolean;
};

/**
 * Daily practice's own saved state, under its own key (RELIABILITY PRA-2, STO-6): the streak and today's answer,
 * ids and days only, never a time of day. Kept apart from course progress so it can change without a migration.
 */
type PracticeData = { streak: Streak; last: PracticeAnswer | null };

const initial: PracticeData = { streak: noStreak, last: null };
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const confidences: readonly string[] = ['guessing', 'fairly-sure', 'sure'];

const isDay = (value: unknown): value is string => typeof value === 'string' && dayPattern.test(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function readStreak(value: unknown): Streak {
  const v = (value ?? {}) as Record<string, unknown>;
  if (!isCount(v.count) || !isCount(v.best) || !(v.lastDay === null || isDay(v.lastDay))) return noStreak;
  return { lastDay: v.lastDay, count: v.count, best: v.best };
}

function readAnswer(value: unknown): PracticeAnswer | null {
  const v = (value ?? {}) as Record<string, unknown>;
  const ok =
    isDay(v.day) &&
    isId(v.itemId) &&
    verdicts.includes(v.choice as VerdictChoice) &&
    confidences.includes(v.confidence as string) &&
    typeof v.correct === 'boolean';
  return ok ? (v as PracticeAnswer) : null;
}

/**
 * Reads the saved practice through the same never-throwing adapter as progress (STO-1..3), validated by hand so no
 * schema library reaches the browser (issue 13). Each part is checked on its own: a damaged answer never costs the
 * streak.
 */
function readPractice(raw: string | null): PracticeData {
  if (!raw) return initial;
  try {
    const saved = JSON.parse(raw) as Record<string, unknown>;
    return { streak: readStreak(saved?.streak), last: readAnswer(saved?.last) };
  } catch {
    return initial;
  }
}

type PracticeState = PracticeData & {
  /** Reads what this browser saved; the page calls it once it has hydrated. */
  load(): void;
  answer(answer: PracticeAnswer): void;
};

export const usePractice = create<PracticeState>()((set) => ({
  ...initial,
  load: () => set(readPractice(progressStorage.readRaw(storageKeys.practice))),
  answer: (answer) => {
    // Re-read first, so another tab's practice today is not overwritten (the streak counts a day once).
    const saved = readPractice(progressStorage.readRaw(storageKeys.practice));
    if (saved.last?.day === answer.day) return set(saved);
    const next: PracticeData = { streak: practise(saved.streak, answer.day), last: answer };
    progressStorage.writeRaw(storageKeys.practice, JSON.stringify(next));
    set(next);
  },
}));
