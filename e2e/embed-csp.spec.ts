import { exportedRoutes } from './fixtures';
import { expect, test } from './fixtures';

/**
 * SEC-4: every exported page, embeds included, runs under its hash-based script policy (a meta written into each
 * page by scripts/csp-hashes.ts) with zero violations; an inline script injected later is refused. Extends the SEC-3
 * crawl of e2e/site-quality.spec.ts, which covers the sitemap's pages, to every route.
 */
const routes = [
  ...exportedRoutes().filter((route) => route !== '/_not-found/'),
  '/no-such-page/',
  '/embed/no-such-page/',
];

const scriptSrc = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';

/**
 * The crawl in four parts, so that workers share it (one walk of 75 pages, each waited on until the network is
 * idle, took 1.4 minutes on its own); together they still cover every route.
 */
const exercises = routes.filter((route) => route.startsWith('/embed/exercise/'));
const half = Math.ceil(exercises.length / 2);
const parts = {
  'site pages': routes.filter((route) => !route.startsWith('/embed/')),
  'embedded lessons and the embedded exam': routes.filter(
    (route) => route.startsWith('/embed/') && !route.startsWith('/embed/exercise/'),
  ),
  'single-exercise embeds, first half': exercises.slice(0, half),
  'single-exercise embeds, second half': exercises.slice(half),
};

for (const [part, list] of Object.entries(parts)) {
  test(`every route sends a hash-based script-src and runs with no violation: ${part}`, async ({ page }) => {
    test.setTimeout(120_000);
    test.skip(test.info().project.name !== 'desktop', 'one crawl is enough; the policy does not depend on the width');
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });
    for (const route of list) {
      const response = await page.goto(route);
      // SEC-1: one policy in the header, which lets inline scripts through; the page's own meta narrows that to
      // its scripts' hashes (both are enforced).
      expect(await response?.headerValues('content-security-policy'), route).toHaveLength(1);
      const metas = await page
        .locator('head > meta[http-equiv="Content-Security-Policy"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content') ?? ''));
      expect(metas, route).toHaveLength(1);
      expect(scriptSrc(metas[0]!), route).toMatch(/'sha256-/);
      expect(scriptSrc(metas[0]!), route).not.toContain('unsafe-inline');
      await page.waitForLoadState('networkidle');
      // Hydrated: the inline bootstrap ran (the 'js' class is set by theme-init.js, React's data by the inline push).
      expect(
        await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)),
        route,
      ).toBe(true);
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        route,
      ).toEqual([]);
    }
  });
}

test('the crawl parts cover every route once', () => {
  expect(Object.values(parts).flat().sort()).toEqual([...routes].sort());
});

test('SEC-4: an inline script injected into a page is refused and never runs', async ({ browser, baseURL }) => {
  // Its own page: the refusal is logged as a console error, which the shared page fixture would count as a failure.
  const page = await browser.newPage({ baseURL });
  for (const route of ['/lessons/is-it-safe/', '/embed/exam/']) {
    await page.goto(route);
    const result = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({
              ran: Boolean((window as unknown as { injected?: boolean }).injected),
              violation: event.violatedDirective,
            }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.body.append(script);
        }),
    );
    expect(result, route).toEqual({ ran: false, violation: 'script-src-elem' });
  }
  await page.close();
});
