import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, headlessShellPath } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests run against the exported out/ folder served as static files, never `next dev`.
 * The browser is Debian's Chromium (no browser downloads here): its headless shell, and the full browser where a
 * spec needs it (e2e/browser.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One worker per core, at least two: each worker drives its own Chromium, and the one static server (a few per
  // cent of a core per worker) keeps up. The embed specs listen on E2E_PORT + 100 + the worker's index.
  workers: Math.max(2, availableParallelism()),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // The headless shell; embed-host.spec.ts asks for the full browser (e2e/browser.ts).
    launchOptions: { executablePath: headlessShellPath, args: chromiumArgs },
    // Recording a trace costs every test 10–15 % more CPU. In CI a failed test is retried once, with a trace; a
    // local run (no retries) records one and keeps it only if the test fails.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    // The production build registers a service worker (OFF-1); only the offline spec lets it run, so no other test
    // is served from a cache of an earlier build.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // Our static server applies out/_headers, so every test runs under the production CSP.
    command: `tsx scripts/serve-static.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
