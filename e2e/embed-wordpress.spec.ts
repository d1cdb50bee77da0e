import { examBlueprint } from '../lib/exam/draw';
import { examText } from '../lib/i18n/en/exam';
import { answerAttempt } from './exam-helpers';
import { activate } from './fixtures';
import { expect, test } from './embed-fixtures';

/**
 * EMB-13: a WordPress post with a discovered embed. WordPress keeps only the iframe, sandboxes it (allow-scripts:
 * an opaque origin, so no storage), adds #?secret=… and resizes it only on its own messages, clamped to 200–1000 px.
 * The host page below behaves like wp-includes/js/wp-embed.js (checks the secret and the source, clamps, answers
 * `link` only for the iframe's host) and records every message it gets.
 */
const secret = 'Ab3dE6gH9j';

function wordPressPost(src: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A WordPress post</title></head>
<body><main><h1>How to shop safely</h1>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="Embedded lesson"
  src="${src}#?secret=${secret}" data-secret="${secret}" width="600" height="338"></iframe>
<p>More of the post.</p></main>
<script>
window.__messages = [];
window.__links = [];
window.addEventListener('message', (e) => {
  const data = e.data;
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  window.__messages.push(data);
  for (const source of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (e.source !== source.contentWindow) continue;
    if (data.message === 'height') {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
    }
    if (data.message === 'link') {
      const a = document.createElement('a'); a.href = data.value;
      const b = document.createElement('a'); b.href = source.getAttribute('src');
      if (a.host === b.host) window.__links.push(data.value);
    }
  }
});
// A rogue script on the same page cannot resize the embed: it is not the iframe's window.
window.postMessage({ message: 'height', value: 5000, secret: '${secret}' }, '*');
document.querySelector('iframe').addEventListener('load', (event) =>
  event.target.contentWindow.postMessage({ message: 'ready', secret: '${secret}' }, '*'));
</script></body></html>`;
}

test('a lesson pasted into WordPress shows its card at the height it asks for, and its button asks WordPress to open the lesson', async ({
  page,
  embedServer,
}) => {
  const url = embedServer.hostPage(
    'wp-lesson.html',
    wordPressPost(`${embedServer.lessonOrigin}/embed/lessons/is-it-safe/`),
  );
  await page.goto(url);
  const element = page.locator('iframe.wp-embedded-content');
  const frame = page.frameLocator('iframe.wp-embedded-content');
  const card = frame.locator('[data-wp-card]');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(/Is it safe/);
  await expect(frame.locator('[data-full-lesson]')).toBeHidden();

  // The frame takes the card's own height, within WordPress's 200–1000 px.
  await expect
    .poll(async () => {
      // clientHeight: WordPress's iframe keeps the default 2 px border.
      const outer = await element.evaluate((el) => el.clientHeight);
      const inner = await frame.locator('#lesson-root').evaluate((el) => el.scrollHeight);
      return outer >= 200 && outer <= 1000 && Math.abs(outer - inner) <= 2;
    })
    .toBe(true);
  const messages = await page.evaluate(() => window.__messages as { message: string; secret: string }[]);
  expect(messages.some((m) => m.message === 'height' && m.secret === secret)).toBe(true);

  // The sandbox cannot open tabs; the button asks WordPress to go to the full lesson instead.
  await activate(page, card.getByRole('link', { name: /Start the lesson/ }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __links: string[] }).__links))
    .toEqual([`${embedServer.lessonOrigin}/lessons/is-it-safe/`]);
});

test('the exam runs to its result in WordPress sandbox, with no storage, inside the 1000 px cap', async ({
  page,
  embedServer,
}) => {
  test.setTimeout(90_000);
  await page.goto(embedServer.hostPage('wp-exam.html', wordPressPost(`${embedServer.lessonOrigin}/embed/exam/`)));
  const element = page.locator('iframe.wp-embedded-content');
  const frame = page.frameLocator('iframe.wp-embedded-content');
  // No storage in an opaque origin: the exam says so, and works anyway.
  await expect(frame.getByTestId('storage-notice')).toBeVisible();
  await activate(page, frame.getByRole('button', { name: examText.start }));
  const size = examBlueprint.size;
  await answerAttempt(frame, size, () => true);
  await expect(frame.getByTestId('exam-score')).toHaveText(`${size} of ${size} right (100%)`);
  // Taller than WordPress allows: it sets the 1000 px maximum, and the frame scrolls.
  await expect(element).toHaveAttribute('height', '1000');
  // The certificate comes up in the frame, from memory.
  await activate(page, frame.getByRole('link', { name: /certificate/i }));
  await expect(frame.locator('[data-certificate]')).toBeVisible();
});
