import { homeText } from '../lib/i18n/en/home';
import { siteText } from '../lib/i18n/en/site';
import { homeMessages } from '../lib/i18n/home';
import { t } from '../lib/i18n/t';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { pool } from './exam-helpers';
import { lessons, seedProgress } from './progress-seed';

// Compiling the lessons for their quiz ids takes a while, once per worker.
test.beforeAll(async () => {
  test.setTimeout(120_000);
  await lessons();
});

const shot = (name: string) => `screenshots/home-${name}-${test.info().project.name}.png`;

test('issue 15: the header takes at most 110 px, with the theme choice in the footer', async ({ page }) => {
  await page.goto('/');
  const box = await page.locator('header').first().boundingBox();
  expect(box!.height).toBeLessThanOrEqual(110);
  test.info().annotations.push({ type: 'header height', description: `${box!.height}px` });
  await expect(page.locator('footer').getByLabel(siteText.theme.label)).toBeVisible();
  await expect(page.locator('header').getByLabel(siteText.theme.label)).toHaveCount(0);
});

test('a new learner is offered the first lesson and the pre-check', async ({ page }) => {
  const all = await lessons();
  await page.goto('/');
  const overview = page.getByTestId('course-overview');
  await expect(overview).toHaveAttribute('data-step', 'start');
  await expect(page.getByText(`0 of ${all.length} lessons done`)).toBeVisible();
  await expect(overview.getByRole('link', { name: homeText.step.start })).toHaveAttribute(
    'href',
    `/lessons/${all[0]!.slug}/`,
  );
  await expect(page.getByRole('link', { name: /pre-check/ })).toBeVisible();
  await expect(overview.getByRole('link', { name: /\(Not started\)$/ })).toHaveCount(all.length);
  // axe on this state: accessibility.spec.ts (a fresh /, both themes); the states below are this spec's own.
  await page.screenshot({ path: shot('new') });
});

test('mid-course, it continues the lesson opened last, shows each lesson’s state, and the pre-check is gone once done', async ({
  page,
}) => {
  const all = await lessons();
  await seedProgress(page, all, { done: 2, visited: all.slice(0, 3).map((l) => l.slug), precheck: true });
  await page.goto('/');
  const overview = page.getByTestId('course-overview');
  await expect(overview).toHaveAttribute('data-step', 'continue');
  const next = overview.getByRole('link', { name: /Continue where you left off/ });
  await expect(next).toContainText(`Lesson 3: ${all[2]!.title}`);
  await expect(next).toHaveAttribute('href', `/lessons/${all[2]!.slug}/`);
  await expect(overview.getByRole('link', { name: /\(Done\)$/ })).toHaveCount(2);
  await expect(overview.getByRole('link', { name: /\(In progress\)$/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /pre-check/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot('mid') });
});

test('with every lesson done it offers the final exam', async ({ page }) => {
  const all = await lessons();
  await seedProgress(page, all, { done: all.length });
  await page.goto('/');
  const overview = page.getByTestId('course-overview');
  await expect(overview).toHaveAttribute('data-step', 'exam');
  await expect(page.getByText(`${all.length} of ${all.length} lessons done`)).toBeVisible();
  await expect(overview.getByRole('link', { name: homeText.step.exam })).toHaveAttribute('href', '/exam/');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot('all-done') });
});

test('after a failed exam it sends the learner to review the mistakes first', async ({ page }) => {
  const all = await lessons();
  await seedProgress(page, all, { done: all.length, review: pool.slice(0, 2).map((item) => item.id) });
  await page.goto('/');
  const overview = page.getByTestId('course-overview');
  await expect(overview).toHaveAttribute('data-step', 'review');
  await expect(overview.getByRole('link', { name: /Review your mistakes/ })).toHaveAttribute('href', '/review/');
  await expectNoAxeViolations(page);
});

test('after a pass it offers the certificate, and still points to questions waiting for review', async ({ page }) => {
  const all = await lessons();
  await seedProgress(page, all, { done: all.length, passedOn: '2026-11-30', review: [pool[0]!.id] });
  await page.goto('/');
  const overview = page.getByTestId('course-overview');
  await expect(overview).toHaveAttribute('data-step', 'certificate');
  await expect(overview.getByRole('link', { name: homeText.step.certificate })).toHaveAttribute(
    'href',
    '/certificate/',
  );
  await expect(overview.getByRole('link', { name: t(homeMessages, 'reviewWaiting', { count: 1 }) })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot('passed') });
});
