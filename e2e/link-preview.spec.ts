import type { Page } from '@playwright/test';
import { mockText } from '../lib/i18n/en/mock';
import { expect, expectIslandLive, expectNoAxeViolations, islandOf, slowLaterScripts, spotter, test } from './fixtures';

// The fake shipment email in lesson 5: its button is a link whose address the learner must look up.
const lesson = '/lessons/common-scams/';
const id = 'shipment-pending-email';
const address = 'aliexpress-package-center.example/redelivery';

const preview = (page: Page) => spotter(page, id).locator('[data-link-preview]');
const isTouch = () => Boolean(test.info().project.use.hasTouch);

/**
 * A real touch held for most of a second on the link's words, sent as the phone's own touch events. Returns the
 * point it touched.
 */
async function longPressLinkText(page: Page) {
  const box = (await preview(page).locator('[data-link-text]').boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(800);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return point;
}

test.describe('link previews (issue 10 item 4)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(lesson);
    // Before asking, the link shows only its words: the address is nowhere in sight and nothing is announced.
    await expect(preview(page).locator('[data-link-text]')).toBeVisible();
    await expect(spotter(page, id).getByText(address, { exact: true })).toBeHidden();
    await expect(preview(page).locator('[aria-live="polite"]')).toHaveText('');
  });

  test('by mouse: resting the pointer on the link shows where it goes; moving away or Escape hides it', async ({
    page,
  }) => {
    test.skip(isTouch(), 'a phone has no hover');
    await preview(page).locator('[data-link-text]').hover();
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await expect(preview(page).locator('[aria-live="polite"]')).toHaveText(`Goes to: ${address}`);
    await expect(preview(page).locator('[data-link-text]')).toHaveAccessibleDescription(`Goes to: ${address}`);
    await page.mouse.move(0, 0);
    await expect(preview(page).getByText(address, { exact: true })).toBeHidden();

    await preview(page).locator('[data-link-text]').hover();
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview(page).getByText(address, { exact: true })).toBeHidden();
  });

  test('by keyboard: the "Show address" button reveals and announces it; Escape closes it and keeps focus', async ({
    page,
  }) => {
    const button = preview(page).locator('summary');
    await expect(button).toHaveText(mockText.showAddress);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await expect(preview(page).locator('[aria-live="polite"]')).toHaveText(`Goes to: ${address}`);
    await expect(button).toHaveText(mockText.hideAddress);
    // Revealing the address is not marking the part.
    await expect(spotter(page, id).locator('button[data-part="button"]')).toHaveAttribute('aria-pressed', 'false');

    await page.keyboard.press('Escape');
    await expect(preview(page).getByText(address, { exact: true })).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(preview(page).getByText(address, { exact: true })).toBeHidden();
  });

  test('by touch: a long-press shows the address without marking the part; a plain tap marks it', async ({ page }) => {
    test.skip(!isTouch(), 'long-press is a touch gesture');
    const text = preview(page).locator('[data-link-text]');
    await text.scrollIntoViewIfNeeded();
    // The live preview's own long-press; one made before the code arrives is held-input.test.ts's.
    await expectIslandLive(page, spotter(page, id));
    const point = await longPressLinkText(page);

    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await expect(preview(page).locator('[aria-live="polite"]')).toHaveText(`Goes to: ${address}`);
    const part = spotter(page, id).locator('button[data-part="button"]');
    await expect(part).toHaveAttribute('aria-pressed', 'false');
    // The hold must not start the phone's own text selection or callout menu.
    await expect(text).toHaveCSS('user-select', 'none');
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');

    await page.touchscreen.tap(point.x, point.y);
    await expect(part).toHaveAttribute('aria-pressed', 'true');
  });

  test('by touch on a slow connection: a long-press made before the code arrives shows the address once it has', async ({
    page,
  }) => {
    test.skip(!isTouch(), 'long-press is a touch gesture');
    // Scripts asked for from now on take 3 s, so the whole hold comes before the exercise's code.
    await page.waitForLoadState('networkidle');
    await slowLaterScripts(page, 3000);
    await preview(page).locator('[data-link-text]').scrollIntoViewIfNeeded();
    await expect(islandOf(page, spotter(page, id))).not.toHaveAttribute('data-island-state', 'live');
    await longPressLinkText(page);

    await expectIslandLive(page, spotter(page, id));
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    await expect(spotter(page, id).locator('button[data-part="button"]')).toHaveAttribute('aria-pressed', 'false');
  });

  test('axe finds no violations with a spotter and a revealed address on the page', async ({ page }) => {
    await preview(page).locator('summary').click();
    await expect(preview(page).getByText(address, { exact: true })).toBeVisible();
    // The exercise holding the revealed address; the rest of the lesson is accessibility.spec.ts's.
    await expectNoAxeViolations(page, { include: `[data-spotter="${id}"]` });
  });
});
