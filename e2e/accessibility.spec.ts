import type { Page } from '@playwright/test';
import { quizText } from '../lib/i18n/en/quiz';
import { activate, expect, expectNoAxeViolations, exportedRoutes, quizQuestions, test } from './fixtures';

const routes = [...exportedRoutes(), '/no-such-page/'];

// Up to two axe runs of a long lesson and a reflow check per test: more than the default 30 s on a busy runner.
test.describe.configure({ timeout: 90_000 });

/**
 * Pages built from one template (the lessons, the embedded lessons, the single-exercise embeds) differ only in their
 * content, which the light-theme check covers page by page; the dark theme changes colours, the same for every page
 * of a template, so one page of each template (and every page that has a template of its own) is checked in both.
 */
const templates = ['/lessons/', '/embed/lessons/', '/embed/exercise/'];
const sampled = new Set(
  routes.filter((route, index) => {
    const template = templates.find((prefix) => route.startsWith(prefix));
    return !template || routes.findIndex((other) => other.startsWith(template)) === index;
  }),
);

/**
 * Both themes on one page load: the theme follows the device setting through CSS alone (`prefers-color-scheme`),
 * so switching the emulated setting restyles the page in place, as a device switching to dark mode would.
 */
async function expectNoViolationsInEitherTheme(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('color-scheme', /dark/);
  await expectNoAxeViolations(page);
}

/** A11Y-3: at 320 CSS px (400 % zoom of a 1280 px window) the page reflows without horizontal scrolling. */
async function expectReflowAt320(page: Page, route: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  await expect
    .poll(() => page.evaluate(() => document.scrollingElement!.scrollWidth), { message: route })
    .toBeLessThanOrEqual(320);
}

test.describe('A11Y-1: every page of a template, light theme; A11Y-3 reflow', () => {
  // The phone is the first target; the desktop project checks the sampled pages below.
  test.skip(({ isMobile }) => !isMobile, 'the phone checks every page');
  for (const route of routes.filter((r) => !sampled.has(r))) {
    test(`axe finds no WCAG 2.2 AA violations on ${route}, and it reflows at 320 px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectReflowAt320(page, route);
    });
  }
});

test.describe('A11Y-1: one page per template and every other page, light and dark themes', () => {
  for (const route of sampled) {
    test(`axe finds no WCAG 2.2 AA violations on ${route} in either theme`, async ({ page, isMobile }) => {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await expectNoViolationsInEitherTheme(page);
      // Reflow is the same at 320 px on either project; it is measured once, with the phone's viewport handling.
      if (isMobile) await expectReflowAt320(page, route);
    });
  }

  test('axe finds no violations in a quiz showing feedback, in either theme', async ({ page }) => {
    await page.goto('/lessons/what-is-aliexpress/');
    const question = quizQuestions(page).first();
    await activate(page, question.locator('label').last());
    await activate(page, question.getByRole('button', { name: quizText.check }));
    await expect(question.getByRole('status')).not.toHaveText('');
    await expectNoViolationsInEitherTheme(page);
  });
});
