import { expect, test } from './fixtures';

test('STO-5: with saved progress, the course bar never shows 0 before the saved value, and no hydration error', async ({
  page,
}) => {
  const answers = { 'what-is-aliexpress-quiz': {} as Record<string, { choice: string[]; correct: boolean }> };
  await page.goto('/lessons/what-is-aliexpress/');
  const questionIds = await page
    .locator('[data-quiz] fieldset input[type=radio], [data-quiz] fieldset input[type=checkbox]')
    .evaluateAll((inputs) => [
      ...new Set(inputs.map((input) => (input as HTMLInputElement).name.replace('what-is-aliexpress-quiz-', ''))),
    ]);
  for (const id of questionIds) answers['what-is-aliexpress-quiz'][id] = { choice: ['a'], correct: true };
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
  await expect(page.getByText('1 of 7 lessons done')).toBeVisible();
  const texts = await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
  expect(texts).not.toContain('0 of 7 lessons done');
  expect(texts.at(-1)).toBe('1 of 7 lessons done');
});
