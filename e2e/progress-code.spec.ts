import type { Browser, Page } from '@playwright/test';
import { quizText } from '../lib/i18n/en/quiz';
import { transferText } from '../lib/i18n/en/transfer';
import { activate, correctOptions, expect, expectNoAxeViolations, quizQuestions, test } from './fixtures';
import { storedProgress } from './progress-seed';

const lesson = '/lessons/what-is-aliexpress/';

// Two browser profiles and several axe runs per test: more than the default 30 s on a busy two-core runner.
test.describe.configure({ timeout: 90_000 });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('scamwise:progress'));

/** Answers the first quiz question on a lesson, then saves a progress code on /progress/ and returns it. */
async function makeCode(page: Page): Promise<string> {
  await page.goto(lesson);
  const question = quizQuestions(page).first();
  for (const option of await correctOptions(page, 0))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await expect(question.getByRole('status')).toHaveText(quizText.correct);
  await page.goto('/progress/');
  await expectNoAxeViolations(page);
  await activate(page, page.getByRole('button', { name: transferText.saveButton }));
  const code = await page.getByLabel(transferText.codeLabel).inputValue();
  expect(code).toMatch(/^SW1\./);
  await expect(page.getByRole('link', { name: transferText.download })).toHaveAttribute('download', /\.txt$/);
  await expectNoAxeViolations(page);
  return code;
}

/** A fresh browser profile: another browser or device, with nothing saved. */
async function freshPage(browser: Browser, project: { use: object }) {
  const context = await browser.newContext(project.use);
  return context.newPage();
}

test('STO-9: a code saved in one browser restores in a fresh one, after a confirmation that says it merges', async ({
  page,
  browser,
}, testInfo) => {
  const code = await makeCode(page);

  const other = await freshPage(browser, testInfo.project);
  await other.goto('/progress/');
  await other.getByLabel(transferText.restoreLabel, { exact: true }).fill(code);
  await activate(other, other.getByRole('button', { name: transferText.check }));
  const confirm = other.getByTestId('restore-confirm');
  await expect(confirm).toContainText('lessons opened: 1; quiz answers: 1; exam attempts: 0');
  await expect(confirm).toContainText('Nothing here is removed');
  expect(await stored(other)).toBeNull();
  await expectNoAxeViolations(other);

  await activate(other, other.getByRole('button', { name: transferText.confirm }));
  await expect(other.getByText('this browser now has the progress from the code')).toBeVisible();
  await other.goto(lesson);
  await expect(quizQuestions(other).first().getByRole('status')).toHaveText(quizText.correct);
  await other.context().close();
});

test('STO-9: a tampered or malformed code is refused with a clear message and changes nothing', async ({ page }) => {
  const code = await makeCode(page);
  const before = await stored(page);
  const middle = Math.floor(code.length / 2);
  const tampered = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
  const box = page.getByLabel(transferText.restoreLabel, { exact: true });

  for (const [bad, message] of [
    [tampered, 'This code has been changed or is incomplete'],
    [code.slice(0, -12), 'This code has been changed or is incomplete'],
    ['my progress please', 'This is not a Scamwise progress code'],
    ['', 'Paste a progress code first'],
  ] as const) {
    await box.fill(bad);
    await activate(page, page.getByRole('button', { name: transferText.check }));
    await expect(page.getByText(message)).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('restore-confirm')).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  expect(await stored(page)).toBe(before);
});

test('STO-9: /progress/#code=… (the embed hand-over) offers the code; Cancel changes nothing, confirming restores', async ({
  page,
  browser,
}, testInfo) => {
  const code = await makeCode(page);
  const other = await freshPage(browser, testInfo.project);

  await other.goto(`/progress/#code=${encodeURIComponent(code)}`);
  await expect(other.getByText(transferText.fromLink)).toBeVisible();
  await expect(other.getByRole('heading', { name: transferText.confirmTitle })).toBeFocused();
  await activate(other, other.getByRole('button', { name: transferText.cancel }));
  await expect(other.getByText(transferText.cancelled)).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  expect(await stored(other)).toBeNull();

  await other.goto(`/progress/#code=${code}`);
  await activate(other, other.getByRole('button', { name: transferText.confirm }));
  await expect(other.getByText('this browser now has the progress from the code')).toBeVisible();
  // The code carried the answer given in makeCode (the lesson's first question, in its first quiz).
  const restored = await storedProgress(other);
  expect(restored?.visited).toEqual(['what-is-aliexpress']);
  expect(restored?.answers).toEqual((await storedProgress(page))?.answers);
  expect(Object.keys(restored?.answers ?? {})).toHaveLength(1);
  await other.context().close();
});
