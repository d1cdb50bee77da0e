import { activate, expect, expectNoAxeViolations, test } from './fixtures';
import { examBlueprint } from '../lib/exam/draw';
import { examText } from '../lib/i18n/en/exam';
import { reviewText } from '../lib/i18n/en/review';
import { examMessages } from '../lib/i18n/exam';
import { reviewMessages } from '../lib/i18n/review';
import { t } from '../lib/i18n/t';
import { answerAttempt, answerCurrent, currentItemData } from './exam-helpers';

test('missed exam questions come back for review until each is answered right twice in a row', async ({ page }) => {
  // A whole sixteen-item exam comes first.
  test.slow();
  await page.goto('/review/');
  // axe on this empty state: accessibility.spec.ts (a fresh /review/, both themes).
  await expect(page.getByText(reviewText.empty)).toBeVisible();

  await page.goto('/exam/');
  await activate(page, page.getByRole('button', { name: examText.start }));
  const attempt = await answerAttempt(page, examBlueprint.size, (_item, index) => index >= 3);
  const missed = attempt.slice(0, 3).map((item) => item.id);
  await activate(page, page.getByRole('link', { name: t(examMessages, 'reviewLink', { count: 3 }) }));
  await expect(page).toHaveURL('/review/');
  await expect(page.getByTestId('review-waiting')).toHaveText(t(reviewMessages, 'waiting', { count: 3 }));

  // Round 1: the first one wrong, the other two right.
  await activate(page, page.getByRole('button', { name: reviewText.start }));
  for (let i = 0; i < 3; i++) {
    const item = await currentItemData(page);
    expect(missed).toContain(item.id);
    await answerCurrent(page, i > 0);
    const feedback = page.getByTestId('review-feedback');
    await expect(feedback).toHaveText(
      i === 0 ? reviewText.reset : 'Right. Right once: get it right once more to clear it.',
    );
    // The explanation is shown straight after each answer.
    await expect(page.locator(`[data-review-item="${item.id}"]`)).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page);
    await activate(page, page.getByRole('button', { name: reviewText.next }));
  }
  await expect(page.getByText(reviewText.roundDone)).toBeVisible();
  await expect(page.getByTestId('review-waiting')).toHaveText(t(reviewMessages, 'waiting', { count: 3 }));

  // Saved: after a reload the queue is the same, and round 2 clears the two that were right once.
  await page.reload();
  await activate(page, page.getByRole('button', { name: reviewText.start }));
  const cleared: string[] = [];
  for (let i = 0; i < 3; i++) {
    const item = await currentItemData(page);
    await answerCurrent(page, true);
    const text = await page.getByTestId('review-feedback').textContent();
    if (text?.includes('leaves your list')) cleared.push(item.id);
    await activate(page, page.getByRole('button', { name: reviewText.next }));
  }
  expect(cleared).toHaveLength(2);
  await expect(page.getByTestId('review-waiting')).toHaveText(t(reviewMessages, 'waiting', { count: 1 }));

  await activate(page, page.getByRole('button', { name: reviewText.again }));
  await answerCurrent(page, true);
  await expect(page.getByTestId('review-feedback')).toContainText('Right twice in a row');
  await activate(page, page.getByRole('button', { name: reviewText.next }));
  await expect(page.getByText(reviewText.allDone)).toBeVisible();
  await expectNoAxeViolations(page);
});
