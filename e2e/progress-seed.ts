import type { Page } from '@playwright/test';
import { getLessonSummaries, type LessonSummary } from '../lib/content/lessons';
import { t } from '../lib/i18n/t';
import { homeMessages } from '../lib/i18n/home';
import { decodeBlob } from '../lib/progress/progress-blob';
import type { Progress } from '../lib/progress/progress-schema';

/** The lessons as the build sees them, so seeded progress follows the content (never a hard-coded 7). */
export const lessons = (): Promise<LessonSummary[]> => getLessonSummaries();

/** The home page's "n of N lessons done", N counted from the content and the words from the catalogue. */
export const lessonsDone = async (done: number) => t(homeMessages, 'progress', { done, total: (await lessons()).length });

type Seed = {
  /** How many lessons, from the first, have every question answered. */
  done?: number;
  visited?: string[];
  lastLesson?: string | null;
  precheck?: boolean;
  passedOn?: string | null;
  review?: string[];
};

/** Saved progress with the first `done` lessons finished, written before the page loads. */
export async function seedProgress(page: Page, all: LessonSummary[], seed: Seed) {
  const right = { choice: ['a'], correct: true };
  const answers = Object.fromEntries(
    all
      .slice(0, seed.done ?? 0)
      .flatMap((lesson) => lesson.quizzes)
      .map((quiz) => [quiz.id, Object.fromEntries(quiz.questionIds.map((id) => [id, right]))]),
  );
  const visited = seed.visited ?? all.slice(0, seed.done ?? 0).map((lesson) => lesson.slug);
  await seedBlob(page, {
    answers,
    visited,
    lastLesson: seed.lastLesson ?? visited.at(-1) ?? null,
    spotters: {},
    precheck: seed.precheck ? { items: ['p-one'], right: [] } : null,
    exam: { attempts: [], passedOn: seed.passedOn ?? null },
    review: Object.fromEntries((seed.review ?? []).map((id) => [id, 0])),
  });
}

/**
 * Stores a v2 progress blob (the store's own older format, which it migrates) before the page's scripts run, once per
 * tab, so a reload sees what the page saved since.
 */
export async function seedBlob(page: Page, state: object) {
  await page.addInitScript(
    (value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('scamwise:progress', value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    JSON.stringify({ state, version: 2 }),
  );
}

/** The progress this page has stored, read as the store reads it (its stored form is compact since v4), or null. */
export async function storedProgress(page: Page): Promise<Progress | null> {
  const raw = await page.evaluate(() => localStorage.getItem('scamwise:progress'));
  if (raw === null) return null;
  const decoded = decodeBlob(raw);
  if (decoded.kind !== 'ok') throw new Error(`stored progress does not read back: ${decoded.kind}`);
  return decoded.progress;
}
