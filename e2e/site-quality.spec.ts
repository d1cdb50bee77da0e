import type { APIRequestContext, Page } from '@playwright/test';
import { expect, exportedRoutes, test } from './fixtures';

/** Routes as the sitemap lists them, as paths (the sitemap's origin is SITE_URL, not the test server). */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

test('the sitemap lists every exported page and robots.txt points to it', async ({ request }) => {
  // Embeds are framable copies of site pages, not pages to index.
  const pages = exportedRoutes().filter(
    (route) => !['/404/', '/_not-found/'].includes(route) && !route.startsWith('/embed/'),
  );
  expect(await sitemapPaths(request)).toEqual(pages);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

/** What every page's <head> must have for search engines and link previews; and structured data where it belongs. */
async function expectHead(page: Page, request: APIRequestContext, route: string) {
  const head = page.locator('head');
  await expect(head.locator('meta[name="description"]'), route).toHaveAttribute('content', /.{20,}/);
  await expect(head.locator('link[rel="canonical"]'), route).toHaveAttribute(
    'href',
    new RegExp(`${route.replace(/\//g, '\\/')}$`),
  );
  await expect(head.locator('meta[property="og:title"]'), route).toHaveAttribute('content', /\S/);
  await expect(head.locator('meta[name="twitter:card"]'), route).toHaveAttribute('content', 'summary_large_image');
  const image = await head.locator('meta[property="og:image"]').getAttribute('content');
  const card = await request.get(new URL(image!).pathname);
  expect(card.status(), `${route} social card`).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');

  const types = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => (JSON.parse(s.textContent ?? '{}') as { '@type': string })['@type']));
  if (route === '/') expect(types).toContain('Course');
  if (route.startsWith('/lessons/')) expect(types, route).toContain('LearningResource');
}

test.describe('a crawl of every page', () => {
  // The headers, the CSP and the <head> do not depend on the viewport: one crawl, on the desktop project.
  test.skip(({ isMobile }) => isMobile, 'one crawl is enough; nothing checked here depends on the width');
  // The test walks every page of the sitemap: more than the default 30 s on a busy runner.
  test.describe.configure({ timeout: 90_000 });

  // One load of each page for both checks, which used to crawl the site once each.
  test('SEC-3, PRV-1: every page loads under the production CSP with no violation, no error and no request to another origin; and every page has a description, a canonical URL, a social card image and structured data where it belongs', async ({
    page,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(req.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
    const sitemap = await sitemapPaths(request);
    for (const route of [...sitemap, '/no-such-page/']) {
      const response = await page.goto(route);
      expect(response?.headers()['content-security-policy'], route).toContain("frame-ancestors 'self'");
      // The not-found page is not in the sitemap and needs no description or card.
      if (sitemap.includes(route)) await expectHead(page, request, route);
      await page.waitForLoadState('networkidle');
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        route,
      ).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });
});
