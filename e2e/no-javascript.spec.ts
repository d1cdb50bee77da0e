import { expect, lessonRoutes, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('RES-1: without JavaScript every lesson shows its headings, text, pictures and readable quiz answers', async ({
  page,
}) => {
  for (const route of lessonRoutes()) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.length, `${route} main text`).toBeGreaterThan(3000);
    await expect(page.locator('main figure img').first()).toBeVisible();
    // The interactive quiz is hidden; the fallback with <details> answers is shown.
    await expect(page.locator('[data-quiz]')).toBeHidden();
    const details = page.locator('main details');
    expect(await details.count()).toBeGreaterThanOrEqual(4);
    await details.first().locator('summary').click();
    await expect(
      details
        .first()
        .getByText(/^Correct: /)
        .first(),
    ).toBeVisible();
  }
});
