import { expect, test } from './fixtures';

test.describe('print', () => {
  test.skip(({ isMobile }) => isMobile, 'PDF output is the same for every viewport; run once');

  for (const format of ['A4', 'Letter'] as const) {
    test(`the safe-shopping checklist prints on one ${format} page`, async ({ page }) => {
      await page.goto('/lessons/safe-shopping-checklist/');
      const pdf = await page.pdf({ format, printBackground: true });
      // Each page of a PDF is one "/Type /Page" object (Pages is the tree node, excluded by the lookahead).
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  }

  test('a lesson prints without site chrome and with the quiz answers instead of the interactive quiz', async ({
    page,
  }) => {
    await page.goto('/lessons/is-it-safe/');
    // On screen first: the chrome and every quiz are there, so "hidden in print" below is about print.
    const quizzes = await page.locator('[data-quiz]').count();
    expect(quizzes, 'lessons have several quizzes (one-question checks between sections)').toBeGreaterThan(1);
    await expect(page.locator('[data-quiz]:visible')).toHaveCount(quizzes);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.locator('.no-js-only').first()).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('[data-quiz]:visible')).toHaveCount(0);
    await expect(page.locator('.no-js-only').first()).toBeVisible();
  });
});
