import { reportText } from '../lib/i18n/en/report';
import { activate, expect, expectIslandLive, expectNoAxeViolations, test } from './fixtures';

const lesson = '/lessons/when-things-go-wrong/';
const block = (page: import('@playwright/test').Page) => page.getByRole('region', { name: reportText.title });

test.describe('where to report, from a UK browser', () => {
  test.use({ locale: 'en-GB' });

  test('defaults to the UK from the browser language, remembers another choice after a reload, and is axe clean', async ({
    page,
  }) => {
    await page.goto(lesson);
    // The picker's code loads as it comes near (components/mdx/deferred.tsx); until then it is the server's default.
    await block(page).scrollIntoViewIfNeeded();
    const country = block(page).getByLabel(reportText.countryLabel);
    await expect(country).toHaveValue('uk');
    await expect(block(page).getByRole('link', { name: /Report Fraud/ })).toHaveAttribute(
      'href',
      'https://www.reportfraud.police.uk/',
    );
    await expect(
      block(page)
        .locator('[aria-live]')
        .getByText(/call 101/),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await country.selectOption('ca');
    await expect(block(page).getByRole('link', { name: 'Canadian Anti-Fraud Centre' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('scamwise:report-country'))).toBe('ca');

    await page.reload();
    await block(page).scrollIntoViewIfNeeded();
    await expect(block(page).getByLabel(reportText.countryLabel)).toHaveValue('ca');
    await expect(block(page).getByRole('link', { name: /Report Fraud/ })).toBeHidden();
  });
});

test.describe('where to report, from a browser with no listed region', () => {
  test.use({ locale: 'en-IN' });

  test('falls back to econsumer.gov', async ({ page }) => {
    await page.goto(lesson);
    await expect(block(page).getByLabel(reportText.countryLabel)).toHaveValue('other');
    await expect(block(page).getByRole('link', { name: 'econsumer.gov' })).toHaveAttribute(
      'href',
      'https://econsumer.gov/',
    );
  });
});

test.describe('where to report, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every country, so the server render is useful on its own', async ({ page }) => {
    await page.goto(lesson);
    for (const name of [
      'United States',
      'United Kingdom',
      'Australia',
      'Canada',
      'European Union, Norway or Iceland',
      'Another country',
    ])
      await expect(block(page).getByRole('heading', { name })).toBeVisible();
    await expect(block(page).getByLabel(reportText.countryLabel)).toBeHidden();
  });
});

test('the checklist can be ticked, keeps its ticks after a reload, and offers Print and the exam', async ({ page }) => {
  await page.goto('/lessons/safe-shopping-checklist/');
  const box = page.getByRole('checkbox', { name: /Pay only through the checkout/ });
  await expect(box).not.toBeChecked();
  await expectIslandLive(page, box);
  await activate(page, box);
  await expect(box).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'ticked' })).toHaveText(/^1 of \d+ ticked$/);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Pay only through the checkout/ })).toBeChecked();
  await expectIslandLive(page, box);
  await activate(page, page.getByRole('checkbox', { name: /Pay only through the checkout/ }));
  await expect(page.getByRole('checkbox', { name: /Pay only through the checkout/ })).not.toBeChecked();

  await expect(page.getByRole('button', { name: reportText.checklistPrint })).toBeVisible();
  await expect(page.getByRole('link', { name: reportText.checklistExam })).toHaveAttribute('href', '/exam/');
  await expect(page.getByText("My bank's fraud number:")).toBeVisible();
  await expectNoAxeViolations(page);
});
