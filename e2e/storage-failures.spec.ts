import { quizText } from '../lib/i18n/en/quiz';
import { storageText } from '../lib/i18n/en/storage';
import { activate, blockStorage, correctOptions, expect, quizQuestions, test } from './fixtures';
import { lessonsDone } from './progress-seed';

const lesson = '/lessons/what-is-aliexpress/';
const key = 'scamwise:progress';

async function answerFirstQuestion(page: import('@playwright/test').Page) {
  const question = quizQuestions(page).first();
  for (const option of await correctOptions(page, 0))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await expect(question.getByRole('status')).toHaveText(quizText.correct);
}

test('STO-1: with localStorage blocked, the lesson works, the quiz answers, and the notice says progress is not kept', async ({
  page,
}) => {
  await blockStorage(page);
  await page.goto(lesson);
  await expect(page.getByTestId('storage-notice')).toContainText('not letting this site save anything');
  await answerFirstQuestion(page);
  await page.goto('/');
  // A new page load: the answer lived in memory only, so nothing is done (and the count is the course's own).
  await expect(page.getByText(await lessonsDone(0))).toBeVisible();
});

test('STO-3: corrupt saved progress is backed up untouched, the page works, and the learner is told once', async ({
  page,
}) => {
  const corrupt = '{"state":{"answers":"oops"';
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, corrupt] as const,
  );
  await page.goto(lesson);
  await expect(page.getByTestId('storage-notice')).toContainText('could not read your saved progress');
  const backups = await page.evaluate(
    (k) =>
      Object.keys(localStorage)
        .filter((name) => name.startsWith(`${k}.corrupt-`))
        .map((name) => localStorage.getItem(name)),
    key,
  );
  expect(backups).toEqual([corrupt]);

  await answerFirstQuestion(page);
  await page.getByRole('button', { name: storageText.dismiss }).click();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  // The new progress is saved and the backup is still there.
  await page.reload();
  await expect(quizQuestions(page).first().getByRole('status')).toHaveText(quizText.correct);
  const backupCount = await page.evaluate(
    (k) => Object.keys(localStorage).filter((n) => n.startsWith(`${k}.corrupt-`)).length,
    key,
  );
  expect(backupCount).toBe(1);
});

test('STO-2: when saving hits the quota, answering still works, the notice shows, and stored progress is not lost', async ({
  page,
}) => {
  const saved = JSON.stringify({
    state: { answers: {}, visited: ['is-it-safe'], lastLesson: 'is-it-safe' },
    version: 1,
  });
  await page.addInitScript(
    ([k, v]) => {
      localStorage.setItem(k, v);
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    [key, saved] as const,
  );
  await page.goto(lesson);
  await answerFirstQuestion(page);
  await expect(page.getByTestId('storage-notice')).toContainText('could not be saved just now');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(saved);
});
