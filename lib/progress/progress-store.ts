import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  initialProgress,
  migrateProgress,
  progressSchema,
  progressVersion,
  type Answer,
  type Progress,
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
      partialize: ({ answers, visited, lastLesson }): Progress => ({ answers, visited, lastLesson }),
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
