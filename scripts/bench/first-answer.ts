/**
 * "Time to first answer": under Lighthouse's mobile throttling, applied for real through DevTools (network latency
 * and bandwidth, CPU 4× slower), how long after navigation starts a learner's quiz answer is accepted on a lesson.
 * A patient-but-eager learner: picks the first option and presses "Check my answer" as soon as the page shows them,
 * and again every 250 ms until a verdict appears (before hydration the button does nothing).
 * Alone, against a page already served (npm run serve):
 *   npx tsx scripts/bench/first-answer.ts http://localhost:3000/lessons/common-scams/ [runs]
 */
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { quizText } from '../../lib/i18n/en/quiz';

const kbps = (value: number) => (value * 1024) / 8;

export async function timeToFirstAnswer(url: string, runs: number): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const { width, height, deviceScaleFactor } = screenEmulationMetrics.mobile;
  const network = throttling.mobileSlow4G;
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each run: nothing cached, nothing stored.
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.requestLatencyMs,
        downloadThroughput: kbps(network.downloadThroughputKbps),
        uploadThroughput: kbps(network.uploadThroughputKbps),
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: network.cpuSlowdownMultiplier });

      const start = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      const question = page.locator('[data-quiz] fieldset').first();
      const verdict = question.getByRole('status');
      await question.locator('input').first().waitFor({ state: 'visible', timeout: 60_000 });
      for (;;) {
        await question.locator('input').first().check({ timeout: 60_000 });
        await question.getByRole('button', { name: quizText.check }).click({ timeout: 60_000 });
        const accepted = await verdict
          .filter({ hasText: /\S/ })
          .waitFor({ timeout: 250 })
          .then(() => true)
          .catch(() => false);
        if (accepted) break;
        if (performance.now() - start > 60_000) throw new Error(`no verdict on ${url} within 60 s`);
      }
      times.push(Math.round(performance.now() - start));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, runs = '3'] = process.argv.slice(2);
  if (!url) throw new Error('usage: tsx scripts/bench/first-answer.ts <lesson URL> [runs]');
  const times = await timeToFirstAnswer(url, Number(runs));
  console.log(`Time to first answer on ${url}: [${times.join(', ')}] ms`);
}
