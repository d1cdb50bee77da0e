/**
 * Takes phone (390 px) and desktop screenshots of the given routes from a running `npm run serve`, in light and
 * dark, for looking at what we build. Not part of the test suite.
 *   tsx scripts/screenshots.ts / /lessons/what-is-aliexpress/   → screenshots/*.png
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const routes = process.argv.slice(2).filter((a) => a.startsWith('/'));
const outDir = process.env.SHOTS_DIR ?? 'screenshots';
const fullPage = !process.argv.includes('--viewport');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const route of routes.length ? routes : ['/']) {
      await page.goto(base + route, { waitUntil: 'networkidle' });
      const file = `${outDir}/${name}-${scheme}${route.replace(/\/+/g, '_') || '_'}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
