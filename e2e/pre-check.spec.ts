import { activate, expect, expectNoAxeViolations, test } from './fixtures';
import { answerAttempt } from './exam-helpers';

test('a learner takes the pre-check from the home page, then the exam shows their own before → after', async ({
  page,
}) => {
  await page.goto('/');
  await activate(page, page.getByRole('link', { name: /Take the optional 5-question pre-check/ }));
  await expect(page).toHaveURL('/pre-check/');
  await expectNoAxeViolations(page);

  await activate(page, page.getByRole('button', { name: 'Start the pre-check' }));
  const before = await answerAttempt(page, 5, (_item, index) => index < 2);
  // One question from each of the five topics.
  expect(new Set(before.map((item) => item.topic)).size).toBe(5);
  await expect(page.getByRole('heading', { name: 'Your pre-check result' })).toBeFocused();
  await expect(page.getByTestId('precheck-score')).toHaveText('You got 2 of 5 right.');
  await expectNoAxeViolations(page);

  // The result is kept: coming back shows it instead of a new pre-check.
  await page.reload();
  await expect(page.getByTestId('precheck-score')).toHaveText('You got 2 of 5 right.');

  await activate(page, page.getByRole('link', { name: 'Go to the final exam' }));
  await expect(page).toHaveURL('/exam/');
  await activate(page, page.getByRole('button', { name: 'Start the exam' }));
  const after = await answerAttempt(page, 10);
  // The exam does not reuse the pre-check's questions, so the "after" measures learning, not memory.
  expect(after.filter((item) => before.some((b) => b.id === item.id))).toEqual([]);

  await expect(page.getByTestId('exam-score')).toHaveText('10 of 10 right (100%)');
  await expect(page.getByTestId('exam-gain')).toHaveText(
    'Before the course: 40%. Final exam: 100%. You improved by 60 percentage points.',
  );
  const table = page.getByRole('table', { name: 'Score by topic' });
  await expect(table.getByRole('columnheader', { name: 'Pre-check' })).toBeVisible();
  for (const [index, item] of before.entries()) {
    await expect(table.locator(`tr[data-topic="${item.topic}"] td`).nth(1)).toHaveText(index < 2 ? '1 of 1' : '0 of 1');
  }
  await expectNoAxeViolations(page);
});

test('the pre-check is skippable: lesson 1 offers it, and "Skip it" leads into the course', async ({ page }) => {
  await page.goto('/lessons/what-is-aliexpress/');
  await activate(page, page.getByRole('link', { name: 'Take the pre-check' }));
  await expect(page).toHaveURL('/pre-check/');
  await activate(page, page.getByRole('link', { name: 'Skip it and start the course' }));
  await expect(page).toHaveURL('/lessons/what-is-aliexpress/');
});
