import { buildSnippet } from '../lib/embed/snippet';
import { quizText } from '../lib/i18n/en/quiz';
import { spotterText } from '../lib/i18n/en/spotter';
import { activate, expectNoAxeViolations, markPart } from './fixtures';
import { articleHtml, embedElement, embedFrame, expect, heights, publisherSnippet, test } from './embed-fixtures';

/** EMB-15: one red-flag exercise, alone, in a news article about that scam; and one quiz. */
test('a single red-flag exercise embedded in an article is solved there, and the frame fits it', async ({
  page,
  embedServer,
}) => {
  const snippet = await publisherSnippet(page, embedServer.lessonOrigin, { what: 'a delivery email' });
  expect(snippet).toContain('/embed/exercise/shipment-pending-email/');
  await page.goto(embedServer.hostPage('exercise.html', articleHtml(snippet)));
  const frame = embedFrame(page);
  const exercise = frame.locator('[data-spotter="shipment-pending-email"]');
  await expect(exercise).toBeVisible();
  // Only this exercise: no lesson around it.
  await expect(frame.locator('[data-spotter]')).toHaveCount(1);
  await expect(frame.locator('[data-quiz]')).toHaveCount(0);

  const flags = await frame
    .locator('[data-spotter-fallback="shipment-pending-email"] li[data-spot][data-flag="true"]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-spot')!));
  expect(flags.length).toBeGreaterThan(0);
  for (const flag of flags) await markPart(page, exercise.locator(`button[data-part="${flag}"]`));
  await activate(page, exercise.getByRole('button', { name: spotterText.check }));
  await expect(exercise.getByRole('status')).toHaveText(spotterText.verdicts['all-found']);

  const element = embedElement(page);
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(element, frame);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
  // Its lesson is one link away.
  await expect(frame.getByRole('link', { name: /From the lesson/ })).toHaveAttribute('href', '/lessons/common-scams/');
  await expectNoAxeViolations(page);
});

test('a single quiz embedded alone can be answered', async ({ page, embedServer }) => {
  const snippet = buildSnippet({
    origin: embedServer.lessonOrigin,
    target: { kind: 'exercise', id: 'is-it-safe-quiz', title: 'Quiz', lesson: 'is-it-safe' },
  });
  await page.goto(embedServer.hostPage('quiz.html', articleHtml(snippet)));
  const frame = embedFrame(page);
  const question = frame.locator('[data-quiz] fieldset').first();
  await question.locator('label').first().click();
  await activate(page, question.getByRole('button', { name: quizText.check }));
  await expect(question.getByRole('status')).toHaveText(/Correct\.|Not quite\.|Partly right\./);
});
