import { quizText } from '../lib/i18n/en/quiz';
import { examText } from '../lib/i18n/en/exam';
import { expect, holdChunk, test } from './fixtures';
import type { Page } from '@playwright/test';
import { lessonsDone, storedProgress } from './progress-seed';
import { layoutShifts, recordLayoutShifts } from './layout-shifts';

test('STO-5: with saved progress, the course bar never shows 0 before the saved value, and no hydration error', async ({
  page,
}) => {
  await page.goto('/lessons/what-is-aliexpress/');
  // Every question of every quiz on the page (the end-of-lesson quiz and the one-question checks between sections).
  const answers = await page.locator('[data-quiz]').evaluateAll((quizzes) =>
    Object.fromEntries(
      quizzes.map((quiz) => {
        const id = quiz.getAttribute('data-quiz')!;
        const inputs = [...quiz.querySelectorAll('fieldset input')] as HTMLInputElement[];
        const questionIds = [...new Set(inputs.map((input) => input.name.replace(`${id}-`, '')))];
        return [id, Object.fromEntries(questionIds.map((q) => [q, { choice: ['a'], correct: true }]))];
      }),
    ),
  );
  await page.evaluate((state) => localStorage.setItem('scamwise:progress', JSON.stringify({ state, version: 1 })), {
    answers,
    visited: ['what-is-aliexpress'],
    lastLesson: 'what-is-aliexpress',
  });

  // Record every text the progress line shows, from the first parsed HTML onwards.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { progressTexts: string[] }).progressTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('progress')?.getAttribute('aria-valuetext');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByText(await lessonsDone(1))).toBeVisible();
  const texts = await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
  expect(texts).not.toContain(await lessonsDone(0));
  expect(texts.at(-1)).toBe(await lessonsDone(1));
});

test('issue 12 item 8, PERF-4: before the script has loaded, the quiz says it is getting ready and keeps a choice made meanwhile, without moving', async ({
  page,
}) => {
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  // Only the scripts wait; the stylesheet (also under /_next/static/) must load so the page can paint.
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await loaded;
    await route.continue();
  });
  await page.goto('/lessons/what-is-aliexpress/', { waitUntil: 'commit' });
  const question = page.locator('[data-quiz] fieldset').first();
  await expect(question).toBeVisible();
  await expect(question.getByRole('status')).toHaveText(quizText.gettingReady);
  // "Check my answer" cannot be pressed yet, so no press is lost; the options can be chosen already.
  const check = question.getByRole('button', { name: quizText.check });
  await expect(check).toBeDisabled();
  const options = question.locator('input');
  const last = options.last();
  await last.check();
  const before = await question.boundingBox();

  release();
  await expect(question.getByRole('status')).toHaveText('');
  await expect(check).toBeEnabled();
  // The status line keeps its height, so the question does not grow or shrink when the script arrives.
  expect((await question.boundingBox())?.height).toBe(before?.height);
  // The choice made in the server HTML is the one the live question holds and checks.
  await expect(last).toBeChecked();
  await check.click();
  await expect(question.getByRole('status')).not.toHaveText(quizText.pickFirst);
  await expect(question.getByRole('status')).toHaveText(/\S/);
  await expect(question.getByText(quizText.yourChoice)).toHaveCount(1);
  await expect(question.locator('li').filter({ hasText: quizText.yourChoice }).locator('label')).toHaveText(
    (await last.locator('xpath=..').textContent())!,
  );
});

/** Holds back the progress store's chunk (the one script that holds its actions) until the returned release(). */
const holdProgressStore = (page: Page) => holdChunk(page, 'clear-question');

test('issue 13: in a browser with nothing saved, a quiz takes an answer before the progress store arrives and saves it when it does', async ({
  page,
}) => {
  const release = await holdProgressStore(page);
  await page.goto('/lessons/what-is-aliexpress/');
  const question = page.locator('[data-quiz] fieldset').first();
  await question.locator('input').first().check();
  await question.getByRole('button', { name: quizText.check }).click();
  await expect(question.getByRole('status')).toHaveText(/\S/);
  await expect(question.getByRole('status')).not.toHaveText(quizText.gettingReady);
  expect(await page.evaluate(() => localStorage.getItem('scamwise:progress'))).toBeNull();

  release();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.answers ?? {})).toHaveLength(1);
  // Saved, the answer is still the one shown, and it stays after a reload.
  const shown = await question.getByRole('status').textContent();
  await page.reload();
  await expect(page.locator('[data-quiz] fieldset').first().getByRole('status')).toHaveText(shown!);
});

test('issue 13: with progress saved, a quiz waits for the store, so an answer never replaces a saved one unseen', async ({
  page,
}) => {
  await page.goto('/lessons/what-is-aliexpress/');
  await page.locator('[data-quiz] fieldset').first().locator('input').first().check();
  await page.locator('[data-quiz] fieldset').first().getByRole('button', { name: quizText.check }).click();
  await expect.poll(async () => Object.keys((await storedProgress(page))?.answers ?? {})).toHaveLength(1);
  const shown = await page.locator('[data-quiz] fieldset').first().getByRole('status').textContent();

  const release = await holdProgressStore(page);
  await page.reload();
  const question = page.locator('[data-quiz] fieldset').first();
  await expect(question.getByRole('status')).toHaveText(quizText.gettingReady);
  await expect(question.getByRole('button', { name: quizText.check })).toBeDisabled();
  release();
  await expect(question.getByRole('status')).toHaveText(shown!);
});

for (const route of ['/', '/lessons/choosing-sellers/']) {
  test(`STO-5: on ${route}, the progress bar keeps its size when the saved progress replaces its placeholder, so nothing moves`, async ({
    page,
    isMobile,
  }) => {
    // Phone widths from the smallest we support to Lighthouse's mobile (412 px): where a line wraps depends on it.
    const widths = isMobile ? [320, 360, 390, 412] : [page.viewportSize()!.width];
    await recordLayoutShifts(page);
    for (const width of widths) {
      await page.setViewportSize({ width, height: page.viewportSize()!.height });
      // The store is held back, as a slow phone's network does, so the placeholder is painted before the value.
      const release = await holdProgressStore(page);
      await page.goto(route);
      const bar = page.locator('progress').first();
      await expect(bar).toHaveAttribute('aria-valuetext', /…$/);
      await layoutShifts(page);
      release();
      await expect(bar).toHaveAttribute('aria-valuetext', /\d of \d/);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      // At 412 px the placeholder wrapped to two lines and the value fitted on one: the page below moved up a line.
      expect(await layoutShifts(page), `${width} px`).toEqual([]);
    }
  });
}

test('STO-5: on /exam/, the start box keeps its place and size when saved progress is read, so nothing moves', async ({
  page,
  isMobile,
}) => {
  const widths = isMobile ? [320, 360, 390, 412] : [page.viewportSize()!.width];
  await recordLayoutShifts(page);
  for (const width of widths) {
    await page.setViewportSize({ width, height: page.viewportSize()!.height });
    const release = await holdProgressStore(page);
    await page.goto('/exam/');
    const start = page.getByRole('button', { name: examText.start });
    await expect(start).toBeDisabled();
    await expect(page.getByText(examText.loading)).toBeVisible();
    await layoutShifts(page);
    release();
    await expect(start).toBeEnabled();
    await expect(page.getByText(examText.keptNote)).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // A "checking your saved results" line above the box vanished for a new learner and moved the box up 61 px.
    expect(await layoutShifts(page), `${width} px`).toEqual([]);
  }
});
