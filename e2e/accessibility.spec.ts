import { activate, expect, expectNoAxeViolations, exportedRoutes, quizQuestions, test } from './fixtures';

const routes = [...exportedRoutes(), '/no-such-page/'];

/**
 * Pages built from one template (the lessons, the embedded lessons, the single-exercise embeds) are all checked on
 * the phone, the first target; the desktop project checks one page of each template and every other page, which
 * keeps the suite inside its time.
 */
const templates = ['/lessons/', '/embed/lessons/', '/embed/exercise/'];
const onDesktop = new Set(
  routes.filter((route, index) => {
    const template = templates.find((prefix) => route.startsWith(prefix));
    return !template || routes.findIndex((other) => other.startsWith(template)) === index;
  }),
);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`A11Y-1: ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const route of routes) {
      test(`axe finds no WCAG 2.2 AA violations on ${route}`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name === 'desktop' && !onDesktop.has(route), 'one page per template on desktop');
        await page.goto(route);
        await expect(page.locator('h1')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    test('axe finds no violations in a quiz showing feedback', async ({ page }) => {
      await page.goto('/lessons/what-is-aliexpress/');
      const question = quizQuestions(page).first();
      await activate(page, question.locator('label').last());
      await activate(page, question.getByRole('button', { name: 'Check my answer' }));
      await expect(question.getByRole('status')).not.toHaveText('');
      await expectNoAxeViolations(page);
    });
  });
}

test('A11Y-3: pages reflow at 320 px without horizontal scrolling', async ({ page }) => {
  test.slow(); // one test walks every exported page
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of exportedRoutes()) {
    await page.goto(route);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width, route).toBeLessThanOrEqual(320);
  }
});
