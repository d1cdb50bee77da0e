import type { Page } from '@playwright/test';
import { activate, expect, holdChunk, test } from './fixtures';
import { examBlueprint } from '../lib/exam/draw';
import { examText } from '../lib/i18n/en/exam';
import { answerCurrent, currentItem } from './exam-helpers';
import { storedProgress } from './progress-seed';

/** The attempt under way, as stored (STO-14): the ids drawn and the ids answered so far. */
async function underWay(page: Page) {
  const current = (await storedProgress(page))?.exam.current;
  return current ? { items: current.items, answered: Object.keys(current.responses) } : null;
}

test('STO-14: answer 3, reload, resume at question 4 with the same items; another tab carries on the same attempt', async ({
  page,
  context,
}) => {
  await page.goto('/exam/');
  await activate(page, page.getByRole('button', { name: examText.start }));
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of ${examBlueprint.size}` })).toBeFocused();
    await answerCurrent(page, true);
  }
  await expect(page.getByRole('heading', { name: `Question 4 of ${examBlueprint.size}` })).toBeFocused();
  const before = await underWay(page);
  expect(before?.answered).toEqual(before?.items.slice(0, 3));

  await page.reload();
  await expect(page.getByRole('heading', { name: `Question 4 of ${examBlueprint.size}` })).toBeVisible();
  await expect(currentItem(page)).toHaveAttribute('data-item', before!.items[3]!);
  expect(await underWay(page)).toEqual(before);

  // A second tab opens the same attempt at the same question; its answer moves the first tab on too.
  const other = await context.newPage();
  await other.goto('/exam/');
  await expect(other.getByRole('heading', { name: `Question 4 of ${examBlueprint.size}` })).toBeVisible();
  await expect(currentItem(other)).toHaveAttribute('data-item', before!.items[3]!);
  await answerCurrent(other, true);
  await expect(other.getByRole('heading', { name: `Question 5 of ${examBlueprint.size}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Question 5 of ${examBlueprint.size}` })).toBeVisible();
  await expect(currentItem(page)).toHaveAttribute('data-item', before!.items[4]!);

  // Back in the first tab, the attempt finishes with every item drawn at the start.
  for (let i = 5; i <= examBlueprint.size; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of ${examBlueprint.size}` })).toBeVisible();
    await answerCurrent(page, true);
  }
  await expect(page.getByTestId('exam-score')).toHaveText(
    `${examBlueprint.size} of ${examBlueprint.size} right (100%)`,
  );
  expect(await underWay(page)).toBeNull();
  const attempts = (await storedProgress(page))?.exam.attempts;
  expect(attempts).toEqual([expect.objectContaining({ items: before!.items })]);
  // The other tab shows the finished attempt as the last result, not a new draw.
  await expect(other.getByRole('heading', { name: examText.lastResultTitle })).toBeVisible();
});

/**
 * Holds back the chunk of the exam's question view (the one script that carries the question's button labels) until
 * `release`, so a test can act before it has arrived. The page and the progress store load as usual.
 */
const holdQuestionView = (page: Page) => holdChunk(page, examText.finish);

test('issue 13: Start pressed before the question view has arrived still starts the exam, and a reload resumes it', async ({
  page,
}) => {
  let release = await holdQuestionView(page);
  await page.goto('/exam/');
  // Start waits only for the store; the question view's chunk is still held back.
  await activate(page, page.getByRole('button', { name: examText.start }));
  await expect(page.getByRole('status').filter({ hasText: examText.gettingReady })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: `Question 1 of ${examBlueprint.size}` })).toBeFocused();
  await answerCurrent(page, true);
  await expect(page.getByRole('heading', { name: `Question 2 of ${examBlueprint.size}` })).toBeFocused();
  const before = await underWay(page);
  expect(before?.answered).toEqual(before?.items.slice(0, 1));

  // After a reload the attempt under way needs the question view at once: "Getting ready…" until it is there, then
  // question 2 with the same items, and no second draw.
  await page.unrouteAll({ behavior: 'wait' });
  release = await holdQuestionView(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: examText.gettingReady })).toBeVisible();
  await expect(page.getByRole('button', { name: examText.start })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { name: `Question 2 of ${examBlueprint.size}` })).toBeVisible();
  await expect(currentItem(page)).toHaveAttribute('data-item', before!.items[1]!);
  expect(await underWay(page)).toEqual(before);
});
