import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dailyItemId, dayNumber } from '../lib/practice/daily';
import { mockText } from '../lib/i18n/en/mock';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { pool } from './exam-helpers';

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

function pageFor(kind: string, alsoContaining = ''): string | undefined {
  const out = path.resolve('out');
  const file = htmlFiles(out).find((html) => {
    const text = readFileSync(html, 'utf8');
    return text.includes(`data-artefact="${kind}"`) && text.includes(alsoContaining);
  });
  return file && `/${path.relative(out, path.dirname(file))}/`.replace('//', '/');
}

/** A day on which daily practice shows a "scam or real?" item of this kind (for kinds only the exam pool has). */
function practiceDayFor(kind: string): string | undefined {
  const verdicts = pool.filter((item) => item.type === 'verdict');
  const ids = verdicts.map((item) => item.id);
  const start = dayNumber('2026-12-01');
  for (let n = 0; n < ids.length; n++) {
    const day = new Date((start + n) * 86_400_000).toISOString().slice(0, 10);
    const item = verdicts.find((candidate) => candidate.id === dailyItemId(ids, day));
    if (item?.artefact.kind === kind) return day;
  }
}

async function open(page: Page, kind: string) {
  const route = pageFor(kind);
  if (route) return page.goto(route);
  await page.clock.setFixedTime(new Date(`${practiceDayFor(kind)}T12:00:00`));
  return page.goto('/practice/');
}

test.describe('practice screens', () => {
  test.skip(() => test.info().project.name !== 'desktop', 'one project sets every width itself');
  for (const kind of kinds) {
    test(`${kind}: labelled "Training example", drawn without overflow at every width and theme`, async ({ page }) => {
      test.skip(!pageFor(kind) && !practiceDayFor(kind), `no page and no daily item shows a ${kind}`);
      // One load: widths and themes are CSS alone (media queries, light-dark() colours; no script reads the
      // viewport), so the page restyles in place as a rotated phone or a device switching to dark mode does.
      await page.setViewportSize({ width: 320, height: 900 });
      await open(page, kind);
      const figure = `figure[data-artefact="${kind}"]`;
      const mock = page.locator(figure).first();
      await expect(mock.locator('figcaption')).toContainText(mockText.trainingExample);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [320, 390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await mock.scrollIntoViewIfNeeded();
          // Nothing inside the mock is wider than the mock (no sideways scrolling on a phone).
          const overflow = await mock.evaluate((figure) => figure.scrollWidth - figure.clientWidth);
          expect(overflow, `${kind} at ${width}px ${scheme}`).toBeLessThanOrEqual(1);
          await mock.screenshot({ path: `screenshots/mock-${kind}-${width}-${scheme}.png` });
        }
        // The mocks of this kind, in this theme: the rest of the page is accessibility.spec.ts's (every page, and
        // each template in both themes).
        await expectNoAxeViolations(page, { include: figure });
      }
    });
  }
});
