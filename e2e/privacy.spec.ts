import { quizText } from '../lib/i18n/en/quiz';
import { siteText } from '../lib/i18n/en/site';
import { activate, correctOptions, expect, expectKeysListedThenReset, quizQuestions, test } from './fixtures';
import { lessonsDone } from './progress-seed';

test('PRV-2/PRV-3: every key written is listed on the privacy page, and reset removes them all', async ({ page }) => {
  await page.goto('/lessons/what-is-aliexpress/');
  const question = quizQuestions(page).first();
  for (const option of await correctOptions(page, 0))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await page.getByLabel(siteText.theme.label).selectOption('dark');
  await page.evaluate(() => localStorage.setItem('scamwise:progress.corrupt-1', 'x'));

  await page.goto('/privacy/');
  await expectKeysListedThenReset(page);
  await page.goto('/');
  await expect(page.getByText(await lessonsDone(0))).toBeVisible();
});
