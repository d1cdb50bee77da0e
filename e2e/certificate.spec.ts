import type { Page } from '@playwright/test';
import { expect, expectKeysListedThenReset, expectNoAxeViolations, test } from './fixtures';
import { examBlueprint } from '../lib/exam/draw';
import { percentOf } from '../lib/questions/score';
import { certificateText } from '../lib/i18n/en/certificate';
import { pool } from './exam-helpers';
import { seedBlob } from './progress-seed';

/** Saved progress with one passed attempt (all but one right) on 12 March 2026, as the exam would have written it. */
async function seedPass(page: Page) {
  const items = pool.slice(0, examBlueprint.size).map((item) => item.id);
  await seedBlob(page, {
    answers: {},
    visited: [],
    lastLesson: null,
    spotters: {},
    precheck: null,
    exam: { attempts: [{ items, right: items.slice(1) }], passedOn: '2026-03-12' },
    review: { [items[0]!]: 0 },
  });
}

test('before a pass, the certificate page points to the exam', async ({ page }) => {
  await page.goto('/certificate/');
  await expect(page.getByText(certificateText.notYet)).toBeVisible();
  await expect(page.getByRole('link', { name: certificateText.goToExam })).toBeVisible();
  // axe on this state: accessibility.spec.ts (a fresh /certificate/, both themes).
});

test('after a pass, the learner types their name, it is kept only in this browser, and the certificate prints on one page', async ({
  page,
}) => {
  await seedPass(page);
  await page.goto('/certificate/');
  const certificate = page.getByRole('region', { name: certificateText.heading });
  await expect(certificate).toContainText(
    `passed the final exam with ${percentOf(examBlueprint.size - 1, examBlueprint.size)}%.`,
  );
  await expect(certificate.locator('time')).toHaveText('12 March 2026');
  await expect(page.getByTestId('certificate-name')).toHaveText(certificateText.namePlaceholder);

  await page.getByLabel(certificateText.nameLabel).fill('Ada Example');
  await expect(page.getByTestId('certificate-name')).toHaveText('Ada Example');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel(certificateText.nameLabel)).toHaveValue('Ada Example');
  expect(await page.evaluate(() => localStorage.getItem('scamwise:certificate-name'))).toBe('Ada Example');
  // The name is free text, so it never enters the progress blob (STO-7).
  expect(await page.evaluate(() => localStorage.getItem('scamwise:progress'))).not.toContain('Ada');

  // Print view: the certificate alone; the site chrome, the heading and the name form are not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(certificate).toBeVisible();
  await expect(page.getByTestId('certificate-name')).toHaveText('Ada Example');
  for (const hidden of [
    page.locator('header'),
    page.locator('footer'),
    page.getByRole('heading', { level: 1 }),
    page.getByLabel(/Your name/),
    page.getByRole('button', { name: certificateText.print }),
  ]) {
    await expect(hidden).toBeHidden();
  }

  // One landscape sheet on A4 and on US Letter (page.pdf needs headless Chromium, which the suite runs).
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? [], format).toHaveLength(1);
    const [width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf)!.slice(1).map(Number);
    expect(width, `${format} is landscape`).toBeGreaterThan(height!);
  }
});

test('PRV-2/PRV-3: the certificate name is listed on the privacy page and "Reset my progress" clears it', async ({
  page,
}) => {
  await seedPass(page);
  await page.goto('/certificate/');
  await page.getByLabel(certificateText.nameLabel).fill('Ada Example');
  await page.goto('/privacy/');
  expect(await expectKeysListedThenReset(page)).toContain('scamwise:certificate-name');
  await page.goto('/certificate/');
  await expect(page.getByText(certificateText.notYet)).toBeVisible();
});
