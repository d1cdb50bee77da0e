import type { Page } from '@playwright/test';
import { lessonProgressText } from '../lib/i18n/en/lesson-progress';
import { spotterText } from '../lib/i18n/en/spotter';
import { expect, islandOf, markPart, slowLaterScripts, spotter, spotterKey, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layout-shifts';

/**
 * Issue 13 item 3: a lesson's red-flag exercise is below the fold, so its code loads as it comes near or is used
 * (components/mdx/deferred.tsx), never with the page; until then it is the server's HTML, and nothing done to it
 * is lost. Lesson 3's first exercise sits many screens down at both widths.
 */
const lesson = '/lessons/choosing-sellers/';
const id = 'cheap-brand-listing';

/** The island around the exercise, whose data-island-state says whether its code is wanted or live yet. */
const island = (page: Page) => islandOf(page, spotter(page, id));

/** The page, loaded; scripts it asks for from then on take 1.5 s to arrive, as on a slow connection. */
async function openWithSlowLaterScripts(page: Page) {
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  await slowLaterScripts(page, 1500);
}

test.describe('a lesson’s red-flag exercise loads when it is needed', () => {
  test('its code waits while the exercise is far away, and it is live when the learner scrolls to it', async ({
    page,
  }) => {
    await page.goto(lesson);
    await page.waitForLoadState('networkidle');
    await expect(island(page)).toHaveAttribute('data-island-state', 'waiting');
    // The exercise is already on the page, as the server drew it (find in page, screen readers, no layout shift).
    await expect(spotter(page, id).getByRole('button', { name: spotterText.check })).toBeAttached();

    await spotter(page, id).scrollIntoViewIfNeeded();
    await expect(island(page)).toHaveAttribute('data-island-state', 'live');
    const part = spotter(page, id).locator('button[data-part="title"]');
    await markPart(page, part);
    await expect(part).toHaveAttribute('aria-pressed', 'true');
  });

  test('reached by keyboard, it wakes on focus, and a key pressed at once is not lost', async ({ page }) => {
    await openWithSlowLaterScripts(page);
    // Focus arrives without scrolling the exercise near (as a skip link or a screen reader's focus might).
    const listView = spotter(page, id).getByRole('button', { name: spotterText.viewList });
    await listView.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
    await expect(island(page)).toHaveAttribute('data-island-state', 'loading');
    await page.keyboard.press('Space');
    await expect(island(page).getByText(lessonProgressText.islandGettingReady)).toBeVisible();

    await expect(island(page)).toHaveAttribute('data-island-state', 'live');
    await expect(listView).toHaveAttribute('aria-pressed', 'true');
    await expect(listView).toBeFocused();
    await expect(island(page).getByText(lessonProgressText.islandGettingReady)).toBeHidden();
  });

  test('a part marked before the code has arrived is marked once it has', async ({ page }) => {
    await openWithSlowLaterScripts(page);
    const { flags } = await spotterKey(page, id);
    const part = spotter(page, id).locator(`button[data-part="${flags[0]!.id}"]`);
    // Scrolling brings it near and starts the load; the press comes before the code.
    await markPart(page, part);
    await expect(island(page).getByText(lessonProgressText.islandGettingReady)).toBeVisible();
    await expect(part).toHaveAttribute('aria-pressed', 'true');
    await expect(spotter(page, id).getByText('1 part marked.')).toBeVisible();
  });

  test('nothing moves while the learner scrolls to the exercise and it comes alive (CLS 0)', async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto(lesson);
    await page.waitForLoadState('networkidle');
    // Scroll down a screen at a time, as a reader would, until the exercise is in view.
    const inView = () => spotter(page, id).evaluate((el) => el.getBoundingClientRect().top < window.innerHeight);
    for (let screen = 0; screen < 40 && !(await inView()); screen++) {
      await page.evaluate(() => window.scrollBy(0, window.innerHeight));
      await page.waitForTimeout(100);
    }
    await expect(island(page)).toHaveAttribute('data-island-state', 'live');
    await page.waitForTimeout(500);
    expect(await layoutShifts(page)).toEqual([]);
  });
});
