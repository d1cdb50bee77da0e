import type { Page } from '@playwright/test';
import { privacyText } from '../lib/i18n/en/privacy';
import { quizText } from '../lib/i18n/en/quiz';
import { activate, correctOptions, expect, quizQuestions, test } from './fixtures';
import { storedProgress } from './progress-seed';

const lesson = '/lessons/what-is-aliexpress/';
const key = 'scamwise:progress';

async function answerRightly(page: Page, index: number) {
  const question = quizQuestions(page).nth(index);
  for (const option of await correctOptions(page, index))
    await activate(page, question.getByLabel(option, { exact: true }));
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await expect(question.getByRole('status')).toHaveText(quizText.correct);
}

const verdictOf = (page: Page, index: number) => quizQuestions(page).nth(index).getByRole('status');
/** The id of the quiz that holds the page's question number `index` (lessons have a check after each section). */
const quizIdOf = (page: Page, index: number) =>
  quizQuestions(page).nth(index).locator('xpath=ancestor::*[@data-quiz][1]').getAttribute('data-quiz');
const answerCount = (answers: Record<string, object>) =>
  Object.values(answers).reduce((n, quiz) => n + Object.keys(quiz).length, 0);
/** What is stored, decoded as the app reads it (the blob itself is the compact v4 layout). */
const stored = async (page: Page) => {
  const progress = await storedProgress(page);
  if (!progress) throw new Error('nothing stored under scamwise:progress');
  return { state: progress };
};

test.describe('STO-10: tabs agree', () => {
  for (const order of ['first tab, then second', 'second tab, then first'] as const) {
    test(`two tabs answer different questions (${order}); after a reload both answers are there`, async ({
      context,
    }) => {
      const one = await context.newPage();
      const two = await context.newPage();
      await one.goto(lesson);
      await two.goto(lesson);
      const [early, late] = order === 'first tab, then second' ? [one, two] : [two, one];
      await answerRightly(early, 0);
      await answerRightly(late, 1);

      for (const page of [one, two]) {
        await page.reload();
        await expect(verdictOf(page, 0)).toHaveText(quizText.correct);
        await expect(verdictOf(page, 1)).toHaveText(quizText.correct);
      }
    });
  }

  test('a reset in one tab clears the other; answering on there brings nothing from before the reset back', async ({
    context,
  }) => {
    const learner = await context.newPage();
    await learner.goto(lesson);
    await answerRightly(learner, 0);
    const privacy = await context.newPage();
    await privacy.goto('/privacy/');

    await activate(privacy, privacy.getByRole('button', { name: privacyText.resetButton }));
    await activate(privacy, privacy.getByRole('button', { name: privacyText.resetYes }));
    await expect(privacy.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
    // The other tab forgets at once, without a reload (PRV-3 across tabs).
    await expect(verdictOf(learner, 0)).toHaveText('');
    await answerRightly(learner, 1);

    await learner.reload();
    await expect(verdictOf(learner, 1)).toHaveText(quizText.correct);
    await expect(verdictOf(learner, 0)).toHaveText('');
    const blob = await stored(learner);
    const answers = blob.state.answers as Record<string, object>;
    expect(answerCount(answers)).toBe(1);
    expect(Object.keys(answers)).toEqual([await quizIdOf(learner, 1)]);
    // Only the visit made by the reload itself, after the reset.
    expect(blob.state.visited).toEqual(['what-is-aliexpress']);
  });
});

for (const failures of [1, 2]) {
  test(`STO-11: getItem throws ${failures === 1 ? 'once' : 'twice'} for the progress key; after the page has written, everything is still stored`, async ({
    page,
  }) => {
    const saved = {
      state: {
        answers: { 'is-it-safe-quiz': { 'when-seller-paid': { choice: ['confirm-or-timer'], correct: true } } },
        visited: ['is-it-safe'],
        lastLesson: 'is-it-safe',
      },
      version: 1,
    };
    await page.goto(lesson);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(saved)] as const);
    await page.addInitScript(
      ([k, times]) => {
        const getItem = Storage.prototype.getItem;
        let left = times;
        Storage.prototype.getItem = function (name: string) {
          if (name === k && left-- > 0) throw new DOMException('The file is locked.', 'UnknownError');
          return getItem.call(this, name);
        };
      },
      [key, failures] as const,
    );
    await page.reload();
    // Twice: the load and the lesson's own "visited" write both fail to read, so the page says so until it can.
    if (failures === 2) await expect(page.getByTestId('storage-notice')).toContainText('could not be read just now');

    await answerRightly(page, 0);
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
    const blob = await stored(page);
    const answers = blob.state.answers as Record<string, Record<string, { correct: boolean }>>;
    expect(answers['is-it-safe-quiz']).toEqual(saved.state.answers['is-it-safe-quiz']);
    expect(Object.values(answers[(await quizIdOf(page, 0))!]!)).toEqual([expect.objectContaining({ correct: true })]);
    expect(blob.state.visited).toEqual(['is-it-safe', 'what-is-aliexpress']);
  });
}
