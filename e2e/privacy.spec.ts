import { activate, correctOptions, expect, quizQuestions, storedKeys, test } from './fixtures';

test('PRV-2/PRV-3: every key written is listed on the privacy page, and reset removes them all', async ({ page }) => {
  await page.goto('/lessons/what-is-aliexpress/');
  const question = quizQuestions(page).first();
  for (const option of await correctOptions(page, 0))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: 'Check my answer' }));
  await page.getByLabel('Colours').selectOption('dark');
  await page.evaluate(() => localStorage.setItem('scamwise:progress.corrupt-1', 'x'));

  await page.goto('/privacy/');
  const listed = await page
    .locator('[data-storage-key]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-storage-key')!));
  for (const key of await storedKeys(page)) {
    expect(
      listed.some(
        (documented) => documented === key || (documented.endsWith('…') && key.startsWith(documented.slice(0, -1))),
      ),
      key,
    ).toBe(true);
  }

  await activate(page, page.getByRole('button', { name: 'Reset my progress' }));
  // Reset asks first (issue 12); nothing is deleted until the learner confirms.
  await activate(page, page.getByRole('button', { name: 'Yes, delete my progress' }));
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
  expect((await storedKeys(page)).filter((key) => key.startsWith('scamwise:'))).toEqual([]);
  await page.goto('/');
  await expect(page.getByText('0 of 7 lessons done')).toBeVisible();
});
