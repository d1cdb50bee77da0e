import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { quizText } from '../lib/i18n/en/quiz';
import { pageFile } from '../scripts/page-weight';
import {
  activate,
  axeViolations,
  colourRules,
  expect,
  expectNoAxeViolations,
  exportedRoutes,
  pageBackground,
  quizQuestions,
  test,
} from './fixtures';

/**
 * Every route, once per document: routes the build writes as the very same bytes (the not-found page is exported as
 * /404/, /_not-found/ and out/404.html, which a missing address such as /no-such-page/ is served) are one page to
 * axe, checked once under all their names. Any route whose file differs is checked on its own.
 */
const outDir = path.resolve('out');
const served = (route: string) => readFileSync(pageFile(outDir, route) ?? path.join(outDir, '404.html'), 'utf8');
const documents = new Map<string, string[]>();
for (const route of [...exportedRoutes(), '/no-such-page/']) {
  const html = served(route);
  documents.set(html, [...(documents.get(html) ?? []), route]);
}
/** One route per document (the last name: for the not-found page, a missing address), with all its names. */
const pages = [...documents.values()].map((names) => ({ route: names.at(-1)!, names: names.join(', ') }));

// An axe run of a long lesson and a reflow check per test: more than the default 30 s on a busy runner.
test.describe.configure({ timeout: 90_000 });

/**
 * Pages built from one template (the lessons, the embedded lessons, the single-exercise embeds) differ only in their
 * content, which the light-theme check covers page by page; the dark theme changes colours, the same for every page
 * of a template, so one page of each template (and every page that has a template of its own) is checked in both.
 */
const templates = ['/lessons/', '/embed/lessons/', '/embed/exercise/'];
const isSampled = ({ route }: { route: string }) => {
  const template = templates.find((prefix) => route.startsWith(prefix));
  return !template || pages.find((other) => other.route.startsWith(template))!.route === route;
};

/** Where every element is and whether it shows: what the rules other than the colour rules read. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return `${el.tagName} ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')} ${style.display} ${style.visibility}`;
    }),
  );

/**
 * Both themes on one page load: the theme follows the device setting through CSS alone (`prefers-color-scheme`),
 * so switching the emulated setting restyles the page in place, as a device switching to dark mode would. The
 * light theme gets every rule. The dark theme changes colours only (each token is a light-dark() pair in
 * app/globals.css): that is asserted, every element keeping its place, size and visibility, and then only the
 * colour rules run again, as every other rule would read the same DOM and layout and give the same answer.
 */
async function expectNoViolationsInEitherTheme(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  const light = await layout(page);
  const lightBackground = await pageBackground(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await pageBackground(page), 'the dark theme shows').not.toBe(lightBackground);
  expect(await layout(page), 'the dark theme changes colours, not layout').toEqual(light);
  expect(await axeViolations(page, { rules: colourRules }), 'dark theme').toEqual([]);
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
  for (const { route, names } of pages.filter((page) => !isSampled(page))) {
    test(`axe finds no WCAG 2.2 AA violations on ${names}, and it reflows at 320 px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectReflowAt320(page, route);
    });
  }
});

test.describe('A11Y-1: one page per template and every other page, light and dark themes', () => {
  for (const { route, names } of pages.filter(isSampled)) {
    test(`axe finds no WCAG 2.2 AA violations on ${names} in either theme`, async ({ page, isMobile }) => {
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
