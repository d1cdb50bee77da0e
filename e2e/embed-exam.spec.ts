import { examBlueprint } from '../lib/exam/draw';
import { percentOf } from '../lib/questions/score';
import { certificateText } from '../lib/i18n/en/certificate';
import { embedText } from '../lib/i18n/en/embed';
import { examText } from '../lib/i18n/en/exam';
import { reviewText } from '../lib/i18n/en/review';
import { answerAttempt } from './exam-helpers';
import { activate, expectNoAxeViolations } from './fixtures';
import { articleHtml, embedFrame, expect, publisherSnippet, test } from './embed-fixtures';

/**
 * EMB-12: the embedded exam to the end. A pass inside the frame leads to the certificate inside the frame (name
 * typed there, printable), and the mistakes to their review inside the frame; nothing opens the full site, which
 * would know nothing of the pass.
 */
test('pass in the frame → certificate and review of mistakes in the frame, no new tab', async ({
  page,
  context,
  embedServer,
}) => {
  test.setTimeout(90_000);
  const snippet = await publisherSnippet(page, embedServer.lessonOrigin, { what: 'final exam' });
  await page.goto(embedServer.hostPage('exam-end.html', articleHtml(snippet)));
  const frame = embedFrame(page);
  // axe opens about:blank pages of its own; a tab opened by the embed would be on our origin by the end.
  const popups: import('@playwright/test').Page[] = [];
  context.on('page', (popup) => popups.push(popup));

  await activate(page, frame.getByRole('button', { name: examText.start }));
  const size = examBlueprint.size;
  const score = `${size - 1} of ${size} right (${percentOf(size - 1, size)}%)`;
  await answerAttempt(frame, size, (_item, index) => index !== 0);
  await expect(frame.getByTestId('exam-score')).toHaveText(score);
  // PRV-4: the host page hears exam-scored with the score and the pass only.
  await expect
    .poll(() => page.evaluate(() => window.__events.filter((event) => event.type === 'scamwise:exam-scored')))
    .toEqual([
      { type: 'scamwise:exam-scored', detail: { score: percentOf(size - 1, size), passed: true }, target: 'IFRAME' },
    ]);

  await activate(page, frame.getByRole('link', { name: examText.certificateLink }));
  const certificate = frame.locator('[data-embed-view="certificate"]');
  await expect(certificate.getByRole('heading', { level: 1, name: certificateText.title })).toBeFocused();
  await certificate.getByLabel(certificateText.nameLabel).fill('Ada Lovelace');
  await expect(certificate.getByTestId('certificate-name')).toHaveText('Ada Lovelace');
  await expect(certificate.getByRole('button', { name: certificateText.print })).toBeVisible();
  await expectNoAxeViolations(page);

  // Printing from the frame prints the certificate, not the hidden exam or the frame's header.
  await page.emulateMedia({ media: 'print' });
  await expect(frame.locator('[data-certificate]')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open the full course/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await activate(page, certificate.getByRole('button', { name: embedText.backToExam }));
  await expect(frame.getByTestId('exam-score')).toHaveText(score);
  await activate(page, frame.getByRole('link', { name: /Practise your mistakes/ }));
  const review = frame.locator('[data-embed-view="review"]');
  await expect(review.getByRole('heading', { level: 1, name: reviewText.title })).toBeVisible();
  await activate(page, review.getByRole('button', { name: reviewText.start }));
  await expect(review.locator('[data-item]')).toBeVisible();

  expect(popups.map((popup) => popup.url()).filter((url) => url !== 'about:blank')).toEqual([]);
});
