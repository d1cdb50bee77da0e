import { activate, expect, expectNoAxeViolations, exportedRoutes, quizQuestions, test } from './fixtures';

const routes = [...exportedRoutes(), '/no-such-page/'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`A11Y-1: ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const route of routes) {
      test(`axe finds no WCAG 2.2 AA violations on ${route}`, async ({ page }) => {
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
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of exportedRoutes()) {
    await page.goto(route);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width, route).toBeLessThanOrEqual(320);
  }
});
