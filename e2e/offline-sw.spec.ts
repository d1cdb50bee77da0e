import { siteText } from '../lib/i18n/en/site';
import { activate, expect, test } from './fixtures';

// The one spec that lets the production service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('OFF-1: after one visit, lessons, the exam and daily practice open offline', async ({ page, context }) => {
  await page.goto('/');
  // ready resolves once the worker is active, which is after every precached file was stored.
  const precached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names.find((name) => name.includes('precache'))!);
    return (await cache.keys()).length;
  });
  expect(precached).toBeGreaterThan(50);

  await context.setOffline(true);
  await page.goto('/lessons/paying-safely/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pay/i);
  // The lesson's pictures are files of their own (/figures/), precached with it.
  const picture = page.locator('main figure img').first();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.goto('/lessons/common-scams/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/scams/i);

  // A client-side navigation offline, too (the RSC payloads are precached).
  await activate(page, page.getByRole('link', { name: siteText.nav.links[2].label, exact: true }));
  await expect(page).toHaveURL('/exam/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Start the exam/ })).toBeVisible();

  await page.goto('/practice/');
  await expect(page.locator('[data-item]')).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('course-overview')).toBeVisible();
});

test('OFF-3: embeds never register the service worker', async ({ page }) => {
  await page.goto('/embed/lessons/paying-safely/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
