import type { Page } from '@playwright/test';
import { getLessonSummaries, type LessonSummary } from '../lib/content/lessons';

/** The lessons as the build sees them, so seeded progress follows the content (never a hard-coded 7). */
export const lessons = (): Promise<LessonSummary[]> => getLessonSummaries();

type Seed = {
  /** How many lessons, from the first, have every question answered. */
  done?: number;
  visited?: string[];
  lastLesson?: string | null;
  precheck?: boolean;
  passedOn?: string | null;
  review?: string[];
};

/** A saved v2 progress blob in the store's format (lib/progress/progress-store.ts), written before the page loads. */
export async function seedProgress(page: Page, all: LessonSummary[], seed: Seed) {
  const right = { choice: ['a'], correct: true };
  const answers = Object.fromEntries(
    all
      .slice(0, seed.done ?? 0)
      .flatMap((lesson) => lesson.quizzes)
      .map((quiz) => [quiz.id, Object.fromEntries(quiz.questionIds.map((id) => [id, right]))]),
  );
  const visited = seed.visited ?? all.slice(0, seed.done ?? 0).map((lesson) => lesson.slug);
  const blob = {
    state: {
      answers,
      visited,
      lastLesson: seed.lastLesson ?? visited.at(-1) ?? null,
      spotters: {},
      precheck: seed.precheck ? { items: ['p-one'], right: [] } : null,
      exam: { attempts: [], passedOn: seed.passedOn ?? null },
      review: Object.fromEntries((seed.review ?? []).map((id) => [id, 0])),
    },
    version: 2,
  };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('scamwise:progress', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(blob));
}
