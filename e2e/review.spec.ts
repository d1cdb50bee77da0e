import { activate, expect, expectNoAxeViolations, test } from './fixtures';
import { examBlueprint } from '../lib/exam/draw';
import { answerAttempt, answerCurrent, currentItemData } from './exam-helpers';

test('missed exam questions come back for review until each is answered right twice in a row', async ({ page }) => {
  // A whole sixteen-item exam comes first.
  test.slow();
  await page.goto('/review/');
  await expect(page.getByText('Nothing to review right now.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/exam/');
  await activate(page, page.getByRole('button', { name: 'Start the exam' }));
  const attempt = await answerAttempt(page, examBlueprint.size, (_item, index) => index >= 3);
  const missed = attempt.slice(0, 3).map((item) => item.id);
  await activate(page, page.getByRole('link', { name: 'Practise your mistakes (3 waiting)' }));
  await expect(page).toHaveURL('/review/');
  await expect(page.getByTestId('review-waiting')).toHaveText('3 questions are waiting.');

  // Round 1: the first one wrong, the other two right.
  await activate(page, page.getByRole('button', { name: 'Start reviewing' }));
  for (let i = 0; i < 3; i++) {
    const item = await currentItemData(page);
    expect(missed).toContain(item.id);
    await answerCurrent(page, i > 0);
    const feedback = page.getByTestId('review-feedback');
    await expect(feedback).toHaveText(
      i === 0
        ? 'Not yet: this one stays on your list, and its count starts again.'
        : 'Right. Right once: get it right once more to clear it.',
    );
    // The explanation is shown straight after each answer.
    await expect(page.locator(`[data-review-item="${item.id}"]`)).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page);
    await activate(page, page.getByRole('button', { name: 'Next' }));
  }
  await expect(page.getByText('That is everything for this round.')).toBeVisible();
  await expect(page.getByTestId('review-waiting')).toHaveText('3 questions are waiting.');

  // Saved: after a reload the queue is the same, and round 2 clears the two that were right once.
  await page.reload();
  await activate(page, page.getByRole('button', { name: 'Start reviewing' }));
  const cleared: string[] = [];
  for (let i = 0; i < 3; i++) {
    const item = await currentItemData(page);
    await answerCurrent(page, true);
    const text = await page.getByTestId('review-feedback').textContent();
    if (text?.includes('leaves your list')) cleared.push(item.id);
    await activate(page, page.getByRole('button', { name: 'Next' }));
  }
  expect(cleared).toHaveLength(2);
  await expect(page.getByTestId('review-waiting')).toHaveText('1 question is waiting.');

  await activate(page, page.getByRole('button', { name: 'Review the rest again' }));
  await answerCurrent(page, true);
  await expect(page.getByTestId('review-feedback')).toContainText('Right twice in a row');
  await activate(page, page.getByRole('button', { name: 'Next' }));
  await expect(page.getByText('Your list is clear. Well done!')).toBeVisible();
  await expectNoAxeViolations(page);
});
