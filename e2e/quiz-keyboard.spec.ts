import { lessonProgressText } from '../lib/i18n/en/lesson-progress';
import { quizText } from '../lib/i18n/en/quiz';
import { correctOptions, expect, quizQuestions, test } from './fixtures';

test.describe('A11Y-2: keyboard only', () => {
  test('a learner answers a whole quiz with the keyboard alone and hears each verdict', async ({ page }) => {
    await page.goto('/lessons/is-it-safe/');
    const questions = quizQuestions(page);
    const count = await questions.count();

    for (let i = 0; i < count; i++) {
      const question = questions.nth(i);
      const status = question.getByRole('status');
      await expect(status).toHaveText('');
      const labels = await question.locator('label').allTextContents();
      const right = await correctOptions(page, i);
      const multiple = (await question.locator('input[type=checkbox]').count()) > 0;

      // Tab into the question: focus lands on its first option (radio groups take one tab stop).
      await question.locator('input').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(question.locator('input').first()).toBeFocused();

      if (multiple) {
        // Checkboxes: Tab through them and press Space on the right ones.
        for (let j = 0; j < labels.length; j++) {
          if (right.includes(labels[j]!)) await page.keyboard.press('Space');
          await page.keyboard.press('Tab');
        }
      } else {
        // Radios: arrow keys move the selection; the first arrow press from the first option selects the second.
        const target = labels.findIndex((label) => right.includes(label));
        if (target === 0) await page.keyboard.press('Space');
        for (let j = 0; j < target; j++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
      }

      await expect(question.getByRole('button', { name: quizText.check })).toBeFocused();
      await page.keyboard.press('Enter');
      // The verdict appears in the live region, and focus moves to the feedback.
      await expect(status).toHaveText(quizText.correct);
      await expect(question.locator('[tabindex="-1"]')).toBeFocused();
    }
    await expect(page.getByText(lessonProgressText.doneNotice)).toBeVisible();
  });

  test('focus is always visible on quiz controls', async ({ page }) => {
    await page.goto('/lessons/is-it-safe/');
    const button = quizQuestions(page).first().getByRole('button', { name: quizText.check });
    // Disabled until the page and its progress store are ready ("Getting ready…"); a disabled button takes no focus.
    await expect(button).toBeEnabled();
    await button.focus();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});
