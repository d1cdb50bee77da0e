import type { Page } from '@playwright/test';
import { examText } from '../lib/i18n/en/exam';
import { homeText } from '../lib/i18n/en/home';
import { publishersText } from '../lib/i18n/en/publishers';
import { publisherToolText } from '../lib/i18n/en/publisher-tool';
import { quizText } from '../lib/i18n/en/quiz';
import { siteText } from '../lib/i18n/en/site';
import { answerEveryQuestion } from './embed-fixtures';
import { activate, expect, test } from './fixtures';
import { lessonsDone, storedProgress } from './progress-seed';

/** A consumer-advice site's editor gets an embed snippet from /publishers/ (RELIABILITY §1.3, EMB-1, EMB-7, EMB-9). */

/** Scrolls to the preview's heading, which brings its frame within half a screen of view, where it is drawn. */
async function scrollToPreview(page: Page) {
  await page.getByRole('heading', { name: publisherToolText.previewTitle }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('preview-pending')).toHaveCount(0);
}

test('a publisher finds the page from the footer, picks the exam in dark teal, and gets a matching snippet and preview', async ({
  page,
}) => {
  await page.goto('/');
  await activate(page, page.getByRole('link', { name: siteText.footer.publishers }));
  await expect(page).toHaveURL('/publishers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put Scamwise lessons on your site');

  await page.getByLabel(publisherToolText.whatLabel).selectOption({ label: publisherToolText.examOption });
  await activate(page, page.getByLabel(publisherToolText.themes.dark, { exact: true }));
  await activate(page, page.getByLabel(publisherToolText.accents.teal, { exact: true }));

  const origin = new URL(page.url()).origin;
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toContainText(`src="${origin}/embed/exam/?theme=dark&amp;accent=teal"`);
  await expect(snippet).toContainText('title="Final exam (Scamwise)"');
  await expect(snippet).toContainText(
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms"',
  );
  await expect(snippet).toContainText(`<script async src="${origin}/embed/v1.js" integrity="sha384-`);

  const preview = page.locator('iframe[title="Final exam (Scamwise)"]');
  await scrollToPreview(page);
  await expect(preview).toHaveAttribute('src', '/embed/exam/?theme=dark&accent=teal&preview=1');
  const framed = page.frameLocator('iframe[title="Final exam (Scamwise)"]');
  await expect(framed.getByRole('heading', { level: 1 })).toHaveText(examText.title);
  await expect(framed.locator('html')).toHaveAttribute('data-theme', 'dark');

  // EMB-9 and PRV-4 are stated where publishers read them.
  await expect(page.getByText('Events are advisory.')).toBeVisible();
  await expect(page.getByText(/never the reader's answers/)).toBeVisible();
});

test('the preview frame, a few screens down, is drawn as it comes near, so a publisher who has not scrolled there loads no lesson in it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/publishers/');
  await expect(page.getByTestId('embed-snippet')).toContainText(new URL(page.url()).origin);
  await expect(page.getByTestId('preview-pending')).toBeAttached();
  await expect(page.locator('iframe')).toHaveCount(0);
  const embedRequests = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/embed/')),
    );
  expect(await embedRequests()).toEqual([]);
  // Its placeholder has the frame's height, so nothing below moves when the frame takes its place.
  const placeholderHeight = await page
    .getByTestId('preview-pending')
    .evaluate((el) => el.getBoundingClientRect().height);
  await scrollToPreview(page);
  const frame = page.locator('iframe[data-scamwise-embed]');
  await expect(frame).toHaveAttribute('src', /^\/embed\/lessons\/what-is-aliexpress\/\?preview=1/);
  expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(placeholderHeight);
  await expect.poll(embedRequests).toContainEqual(expect.stringContaining('/embed/v1.js'));
});

test("PERF-4: choices an editor makes before the page's script has loaded are the ones the snippet is for once it has", async ({
  page,
}) => {
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  // Only the scripts wait; the stylesheet must load so the page can paint.
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await loaded;
    await route.continue();
  });
  await page.goto('/publishers/', { waitUntil: 'commit' });
  await page.getByLabel(publisherToolText.whatLabel).selectOption({ label: publisherToolText.examOption });
  await page.getByLabel(publisherToolText.themes.dark, { exact: true }).check();
  await page.getByLabel(publisherToolText.accents.teal, { exact: true }).check();

  release();
  const origin = new URL(page.url()).origin;
  const snippet = page.getByTestId('embed-snippet');
  // Live: the snippet names this page's origin (the server HTML names the build's), and keeps the early choices.
  await expect(snippet).toContainText(`src="${origin}/embed/exam/?theme=dark&amp;accent=teal"`);
  await expect(page.getByLabel(publisherToolText.whatLabel)).toHaveValue('exam');
  await expect(page.getByLabel(publisherToolText.themes.dark, { exact: true })).toBeChecked();
  await expect(page.getByLabel(publisherToolText.accents.teal, { exact: true })).toBeChecked();
});

test('the integrity hash in the snippet is the hash of the host script that is served', async ({ page, request }) => {
  await page.goto('/publishers/');
  const text = (await page.getByTestId('embed-snippet').textContent())!;
  const integrity = text.match(/integrity="(sha384-[^"]+)"/)![1]!;
  const body = await (await request.get('/embed/v1.js')).body();
  const digest = await page.evaluate(
    async (bytes) => {
      const hash = await crypto.subtle.digest('SHA-384', new Uint8Array(bytes));
      return `sha384-${btoa(String.fromCharCode(...new Uint8Array(hash)))}`;
    },
    [...body],
  );
  expect(integrity).toBe(digest);
});

test('previewing lessons does not mark them as opened in the publisher’s own progress', async ({ page }) => {
  await page.goto('/publishers/');
  await page.getByLabel(publisherToolText.whatLabel).selectOption({ label: 'Lesson 3: Choosing established sellers' });
  await scrollToPreview(page);
  const lesson = page.frameLocator('iframe[title^="Interactive lesson: Choosing established sellers"]');
  await expect(lesson.getByRole('heading', { level: 1 })).toBeVisible();
  // Proof that the preview has hydrated: its quiz is enabled only once the script has run, and the visit would
  // have been recorded in that same first render's effects.
  await expect(
    lesson.locator('[data-quiz] fieldset').first().getByRole('button', { name: quizText.check }),
  ).toBeEnabled();
  expect((await storedProgress(page))?.visited ?? []).not.toContain('choosing-sellers');
  await page.goto('/');
  await expect(page.getByText(await lessonsDone(0))).toBeVisible();
  await expect(page.getByRole('link', { name: homeText.step.start })).toBeVisible();
});

test('the copy button puts the snippet on the clipboard', async ({ page, context }) => {
  test.skip(test.info().project.name !== 'desktop', 'clipboard permissions are a desktop browser feature here');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/publishers/');
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toContainText(new URL(page.url()).origin);
  await page.getByRole('button', { name: publisherToolText.copySnippet }).click();
  await expect(page.getByText(publisherToolText.copied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.textContent());
});

test('EMB-16: the event console shows what the preview fires, as it happens', async ({ page }) => {
  await page.goto('/publishers/');
  await page
    .getByLabel(publisherToolText.whatLabel)
    .selectOption({ label: 'Lesson 1: What AliExpress is and how an order works' });
  const log = page.getByRole('log', { name: publisherToolText.consoleTitle });
  await log.scrollIntoViewIfNeeded();
  await expect(log).toContainText('scamwise:lesson-started {"lessonId":"what-is-aliexpress"}');
  const frame = page.frameLocator('iframe[data-scamwise-embed]');
  await answerEveryQuestion(page, frame);
  await expect(log).toContainText('scamwise:lesson-completed {"lessonId":"what-is-aliexpress"}');
  // The preview's frame follows the lesson's height, as on a publisher's page.
  await expect
    .poll(() => page.locator('iframe[data-scamwise-embed]').evaluate((el) => el.getBoundingClientRect().height))
    .toBeGreaterThan(1500);
});

test('EMB-13/EMB-14: a link to paste into WordPress, steps for CMSs, and SCORM packages to download', async ({
  page,
  request,
}) => {
  await page.goto('/publishers/');
  const origin = new URL(page.url()).origin;
  await page
    .getByLabel(publisherToolText.whatLabel)
    .selectOption({ label: 'Lesson 2: Is it safe? How your money is protected' });
  await expect(page.getByTestId('embed-paste-link')).toHaveText(`${origin}/lessons/is-it-safe/`);
  await expect(page.getByText('(once the exam is live)')).toHaveCount(0);
  for (const name of [
    publishersText.cms[0][0],
    publishersText.cms[1][0],
    publishersText.cms[2][0],
    publishersText.scormMoodleTitle,
  ])
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();

  // The pasted address advertises an oEmbed response with the iframe WordPress keeps.
  const lesson = await (await request.get('/lessons/is-it-safe/')).text();
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(lesson)?.[1];
  expect(href).toMatch(/\/oembed\/lessons\/is-it-safe\.json$/);
  const oembed = await (await request.get(new URL(href!).pathname)).json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Scamwise',
    title: 'Is it safe? How your money is protected',
  });
  expect(oembed.html).toMatch(/<iframe[\s\S]*src="[^"]+\/embed\/lessons\/is-it-safe\/"/);
  const exam = await (await request.get('/exam/')).text();
  expect(exam).toContain('type="application/json+oembed"');

  const download = page.getByRole('link', {
    name: /Lesson 2: Is it safe\? How your money is protected \(SCORM 1\.2, zip\)/,
  });
  const zip = await request.get((await download.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
});
