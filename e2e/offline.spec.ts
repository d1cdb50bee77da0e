import { quizText } from '../lib/i18n/en/quiz';
import { activate, correctOptions, expect, quizQuestions, test } from './fixtures';

test('RES-2: after the page has loaded, answering works offline and is saved; back online, navigation never shows a .txt URL', async ({
  page,
  context,
}) => {
  await page.goto('/lessons/paying-safely/');
  await page.waitForLoadState('networkidle');
  const question = quizQuestions(page).first();
  // Loaded means ready: the quiz's controls are enabled once the progress store's chunk is in (issue 13).
  await expect(question.getByRole('button', { name: 'Check my answer' })).toBeEnabled();
  await context.setOffline(true);

  for (const option of await correctOptions(page, 0))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await expect(question.getByRole('status')).toHaveText(quizText.correct);
  const saved = await page.evaluate(() => localStorage.getItem('scamwise:progress'));
  // The first question is the lesson's first one-question check; its quiz id is the progress key.
  const quizId = await page.locator('[data-quiz]').first().getAttribute('data-quiz');
  expect(saved).toContain(`"${quizId}"`);

  await context.setOffline(false);
  await activate(page, page.getByRole('link', { name: /Next lesson/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/scams/i);
  expect(page.url()).not.toMatch(/\.txt$/);
});

test('RES-3: following a link navigates on the client without a full reload or a missing .txt', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'kept'));
  await activate(page, page.getByRole('link', { name: /What AliExpress is/ }).first());
  await expect(page).toHaveURL('/lessons/what-is-aliexpress/');
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('kept');
  expect(missing).toEqual([]);
});
