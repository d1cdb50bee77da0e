import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  initialProgress,
  maxAttempts,
  migrateProgress,
  progressSchema,
  progressVersion,
  type Answer,
  type Attempt,
  type Progress,
  type SpotterResult,
} from './progress-schema';
import { createSafeStorage } from './safe-storage';
import { storageKeys, storagePrefix } from './storage-keys';

/** The one place that touches browser storage (ARCHITECTURE §4). */
export const progressStorage = createSafeStorage<Progress>({
  getStorage: () => (typeof window === 'undefined' ? undefined : window.localStorage),
  schema: progressSchema,
  version: progressVersion,
});

export type ProgressActions = {
  answerQuestion(quizId: string, questionId: string, answer: Answer): void;
  clearQuestion(quizId: string, questionId: string): void;
  clearQuiz(quizId: string): void;
  visitLesson(slug: string): void;
  /** Saves a checked red-flag exercise in a lesson. */
  checkSpotter(spotterId: string, result: SpotterResult): void;
  clearSpotter(spotterId: string): void;
  savePrecheck(attempt: Attempt): void;
  /**
   * Records a finished exam: keeps the last few attempts, puts every missed item in the review queue (back at the
   * start of its streak) and, on the first pass, the day for the certificate.
   */
  recordExam(attempt: Attempt, passedOn: string | null): void;
  /** One review answer: right twice in a row takes the item out of the queue; a wrong one starts the count again. */
  answerReview(itemId: string, correct: boolean): void;
  /** Forgets everything, including backups and the theme choice (RELIABILITY PRV-3). */
  resetAll(): void;
};

export type ProgressState = Progress & ProgressActions;

export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      ...initialProgress,
      answerQuestion: (quizId, questionId, answer) =>
        set((state) => ({
          answers: { ...state.answers, [quizId]: { ...state.answers[quizId], [questionId]: answer } },
        })),
      clearQuestion: (quizId, questionId) =>
        set((state) => {
          const { [questionId]: _removed, ...rest } = state.answers[quizId] ?? {};
          return { answers: { ...state.answers, [quizId]: rest } };
        }),
      clearQuiz: (quizId) =>
        set((state) => {
          const { [quizId]: _removed, ...rest } = state.answers;
          return { answers: rest };
        }),
      visitLesson: (slug) =>
        set((state) => ({
          lastLesson: slug,
          visited: state.visited.includes(slug) ? state.visited : [...state.visited, slug],
        })),
      checkSpotter: (spotterId, result) => set((state) => ({ spotters: { ...state.spotters, [spotterId]: result } })),
      clearSpotter: (spotterId) =>
        set((state) => {
          const { [spotterId]: _removed, ...rest } = state.spotters;
          return { spotters: rest };
        }),
      savePrecheck: (attempt) => set({ precheck: attempt }),
      recordExam: (attempt, passedOn) =>
        set((state) => {
          const missed = attempt.items.filter((id) => !attempt.right.includes(id));
          return {
            exam: {
              attempts: [...state.exam.attempts, attempt].slice(-maxAttempts),
              passedOn: state.exam.passedOn ?? passedOn,
            },
            review: { ...state.review, ...Object.fromEntries(missed.map((id) => [id, 0])) },
          };
        }),
      answerReview: (itemId, correct) =>
        set((state) => {
          if (!(itemId in state.review)) return {};
          const { [itemId]: streak = 0, ...rest } = state.review;
          // A wrong answer sends the item to the back of the queue with its count back at zero.
          if (!correct) return { review: { ...rest, [itemId]: 0 } };
          return { review: streak >= 1 ? rest : { ...rest, [itemId]: 1 } };
        }),
      resetAll: () => {
        // Reset first, then clear: persist writes the default state on every `set`, which would otherwise leave a
        // scamwise:progress key behind (RELIABILITY PRV-3).
        set(initialProgress);
        progressStorage.clear(storagePrefix);
      },
    }),
    {
      name: storageKeys.progress,
      version: progressVersion,
      storage: progressStorage,
      // Only data is saved; actions and anything derived stay out of the blob (STO-6).
      partialize: ({ answers, visited, lastLesson, spotters, precheck, exam, review }): Progress => ({
        answers,
        visited,
        lastLesson,
        spotters,
        precheck,
        exam,
        review,
      }),
      migrate: (persisted, version) => {
        try {
          return migrateProgress(persisted, version);
        } catch {
          // Unreadable old or future data is copied aside before the fresh state overwrites it (STO-3, STO-4).
          progressStorage.quarantine(storageKeys.progress);
          return initialProgress;
        }
      },
    },
  ),
);
