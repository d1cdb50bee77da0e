import { mockText } from '../lib/i18n/en/mock';
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
    // Pictures are files of their own (/figures/, issue 13): every one loads.
    for (const picture of await page.locator('main figure img').all()) {
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    // The interactive quiz is hidden; the fallback with <details> answers is shown.
    // Lessons have several quizzes (one-question checks between sections): none is shown.
    await expect(page.locator('[data-quiz]:visible')).toHaveCount(0);
    const details = page.locator('main [data-quiz-fallback] details');
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

test('RES-1: without JavaScript a red-flag exercise shows its example and reveals its red flags in a <details>', async ({
  page,
}) => {
  await page.goto('/lessons/common-scams/');
  const fallback = page.locator('[data-spotter-fallback]').first();
  await expect(fallback.getByText(mockText.trainingExample)).toBeVisible();
  await expect(page.locator('[data-spotter]').first()).toBeHidden();
  await expect(fallback.getByText(/^Red flag: /).first()).toBeHidden();
  await fallback.locator(':scope > details > summary').click();
  await expect(fallback.getByText(/^Red flag: /).first()).toBeVisible();
  // A link's address stays one step away without JavaScript too: its <details> opens natively.
  const address = fallback.locator('[data-link-preview] details');
  await expect(address.locator('.mock-link').first()).toBeHidden();
  await address.locator('summary').click();
  await expect(address.locator('.mock-link').first()).toBeVisible();
  // Mock addresses are text, never links (CNT-3).
  expect(await fallback.locator('a[href]').count()).toBe(0);
  expect(await fallback.locator('.mock-link').count()).toBeGreaterThan(0);
});
