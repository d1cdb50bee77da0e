import { expect, test } from './fixtures';

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
  await expect(page.getByText('1 of 7 lessons done')).toBeVisible();
  const texts = await page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
  expect(texts).not.toContain('0 of 7 lessons done');
  expect(texts.at(-1)).toBe('1 of 7 lessons done');
});
