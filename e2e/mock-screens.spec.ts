import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 15: every kind of practice screen, looked at at 320, 390 and 1280 px in light and dark. The pages are found
 * in out/ (the first exported page that draws each kind), so a new lesson or exam item needs no edit here.
 */
const kinds = ['listing', 'store', 'chat', 'email', 'sms', 'checkout', 'tracking', 'dispute'] as const;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'embed' ? [] : htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

function pageFor(kind: string): string | undefined {
  const out = path.resolve('out');
  const file = htmlFiles(out).find((html) => readFileSync(html, 'utf8').includes(`data-artefact="${kind}"`));
  return file && `/${path.relative(out, path.dirname(file))}/`.replace('//', '/');
}

test.describe('practice screens', () => {
  test.skip(() => test.info().project.name !== 'desktop', 'one project sets every width itself');
  for (const kind of kinds) {
    test(`${kind}: labelled "Training example", drawn without overflow at every width and theme`, async ({ page }) => {
      const route = pageFor(kind);
      test.skip(!route, `no exported page shows a ${kind}`);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [320, 390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(route!);
          const mock = page.locator(`figure[data-artefact="${kind}"]`).first();
          await mock.scrollIntoViewIfNeeded();
          await expect(mock.locator('figcaption')).toContainText('Training example');
          // Nothing inside the mock is wider than the mock (no sideways scrolling on a phone).
          const overflow = await mock.evaluate((figure) => figure.scrollWidth - figure.clientWidth);
          expect(overflow, `${kind} at ${width}px ${scheme}`).toBeLessThanOrEqual(1);
          await mock.screenshot({ path: `screenshots/mock-${kind}-${width}-${scheme}.png` });
        }
        await expectNoAxeViolations(page);
      }
    });
  }
});

test('a listing’s price follows the variant picked, where the variants are not parts to mark', async ({ page }) => {
  const route = pageFor('listing');
  await page.goto(route!);
  const pickers = page.locator('figure[data-artefact="listing"] [role="radiogroup"]');
  test.skip((await pickers.count()) === 0, 'no listing here has a variant picker outside an exercise');
  const listing = page.locator('figure[data-artefact="listing"]').filter({ has: pickers });
  const price = listing.locator('[aria-live="polite"]').first();
  const before = await price.textContent();
  const options = listing.getByRole('radio');
  for (let i = 0; i < (await options.count()); i++) {
    await options.nth(i).check({ force: true });
    const label = await options.nth(i).locator('xpath=..').textContent();
    const shown = await price.textContent();
    expect(label).toContain(shown!);
  }
  expect(before).toBeTruthy();
});
