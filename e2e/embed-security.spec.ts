import { examText } from '../lib/i18n/en/exam';
import { homeText } from '../lib/i18n/en/home';
import { lessonProgressText } from '../lib/i18n/en/lesson-progress';
import { publisherToolText } from '../lib/i18n/en/publisher-tool';
import { quizText } from '../lib/i18n/en/quiz';
import {
  answerEveryQuestion,
  articleHtml,
  embedElement,
  embedFrame,
  expect,
  heights,
  openArticle,
  publisherSnippet,
  test,
} from './embed-fixtures';
import { axeViolations, colourRules, correctOptions, pageBackground } from './fixtures';

/** What a hostile or careless page can and cannot do with an embed. RELIABILITY EMB-2, EMB-3, CNT-5, SEC-1, SEC-3. */

const spoofs = [
  { type: 'scamwise:progress', v: 1, id: 0, event: 'lesson-completed', lessonId: 'is-it-safe' },
  { type: 'scamwise:progress', v: 1, id: 0, event: 'exam-scored', score: 100, passed: true },
  { type: 'scamwise:resize', v: 1, id: 0, height: 300 },
  { type: 'scamwise:ready', v: 1 },
];

test('EMB-2: spoofed messages from a rogue frame and from the page itself fire no event and change no height', async ({
  page,
  embedServer,
}) => {
  const { element, frame } = await openArticle(page, embedServer, 'rogue.html');
  await expect.poll(() => page.evaluate(() => window.__events.map((e) => e.type))).toEqual(['scamwise:lesson-started']);
  await expect.poll(async () => (await heights(element, frame)).outer).toBeGreaterThan(3000);
  const height = (await heights(element, frame)).outer;

  // An "advert" on the host page, even one marked as an embed, posts well-formed Scamwise messages to the page.
  await page.evaluate((messages) => {
    const rogue = document.createElement('iframe');
    rogue.title = 'Advertisement';
    rogue.setAttribute('data-scamwise-embed', '');
    rogue.srcdoc = `<script>for (const m of ${JSON.stringify(messages)}) parent.postMessage(m, '*');</script>`;
    document.querySelector('main')!.append(rogue);
    // And the page's own scripts (any third-party script running on it) do the same.
    for (const message of messages) window.postMessage(message, '*');
  }, spoofs);

  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__events.map((e) => e.type))).toEqual(['scamwise:lesson-started']);
  expect((await heights(element, frame)).outer).toBe(height);
});

test('EMB-3: a page that frames the lesson without the handshake hears only a data-free ready, even when a sibling frame says hello', async ({
  page,
  embedServer,
}) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Someone else's page</title>
<script>window.__messages = []; addEventListener('message', (event) => window.__messages.push(event.data));</script></head>
<body><main><h1>Someone else's page</h1>
<iframe id="lesson" src="${embedServer.lessonOrigin}/embed/lessons/is-it-safe/" title="Lesson" style="width:100%;height:900px;border:0"></iframe>
<iframe id="sibling" title="Advertisement" srcdoc="&lt;script&gt;setInterval(() =&gt; parent.frames[0].postMessage({ type: 'scamwise:hello', v: 1, id: 0 }, '*'), 100)&lt;/script&gt;"></iframe>
</main></body></html>`;
  await page.goto(embedServer.hostPage('no-handshake.html', html));
  const frame = page.frameLocator('#lesson');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await answerEveryQuestion(page, frame);
  await expect(frame.getByText(lessonProgressText.doneNotice)).toBeVisible();
  await page.waitForTimeout(500);

  const messages = await page.evaluate(() => window.__messages);
  expect(messages.length).toBeGreaterThanOrEqual(1);
  for (const message of messages) expect(message).toEqual({ type: 'scamwise:ready', v: 1 });
});

test('EMB-7/STO-1: in a strict sandbox without allow-same-origin the lesson still works and says progress is not kept', async ({
  page,
  embedServer,
}) => {
  const snippet = await publisherSnippet(page, embedServer.lessonOrigin, { what: 'Is it safe?' });
  const strict = snippet.replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"');
  // A second, ordinary embed of another lesson on the same page gives a positive signal below.
  const ordinary = /<iframe[\s\S]*?<\/iframe>/.exec(snippet)![0].replaceAll('is-it-safe', 'what-is-aliexpress');
  await page.goto(embedServer.hostPage('strict-sandbox.html', articleHtml(`${strict}\n${ordinary}`)));
  const frame = embedFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.getByTestId('storage-notice')).toContainText("Progress won't be kept here");
  const question = frame.locator('[data-quiz] fieldset').first();
  for (const option of await correctOptions(frame, 0)) await question.getByLabel(option, { exact: true }).check();
  await question.getByRole('button', { name: quizText.check }).click();
  await expect(question.getByRole('status')).toHaveText(quizText.correct);

  // Before asserting that nothing happened: the host script handles a message sent after the strict frame's, the
  // ordinary embed growing when one of its answers is checked.
  const otherElement = page.locator('iframe[data-scamwise-embed]').nth(1);
  const other = page.frameLocator('iframe[data-scamwise-embed]').nth(1);
  await expect.poll(async () => (await heights(otherElement, other)).outer).toBeGreaterThan(2000);
  const fitted = (await heights(otherElement, other)).outer;
  const otherQuestion = other.locator('[data-quiz] fieldset').first();
  await otherQuestion.locator('label').first().click();
  await otherQuestion.getByRole('button', { name: quizText.check }).click();
  await expect.poll(async () => (await heights(otherElement, other)).outer).toBeGreaterThan(fitted + 20);

  // The browser hides the strict frame's origin ("null"), so the host script neither resizes it nor relays its
  // events: it stays at the snippet's reserved height and scrolls inside; only the ordinary embed's event is heard.
  expect(await embedElement(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(720);
  expect(await page.evaluate(() => window.__events.map((event) => event.detail))).toEqual([
    { lessonId: 'what-is-aliexpress' },
  ]);
});

test('SEC-1: with the production headers another site can frame an embed page but not the rest of the site', async ({
  page,
  embedServer,
  pageErrors,
}) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framing test</title></head><body><main><h1>Framing test</h1>
<iframe id="embed" src="${embedServer.lessonOrigin}/embed/exam/" title="Embed" style="width:100%;height:500px;border:0"></iframe>
<iframe id="site" src="${embedServer.lessonOrigin}/" title="Site" style="width:100%;height:500px;border:0"></iframe>
</main></body></html>`;
  await page.goto(embedServer.hostPage('framing.html', html));
  await expect(page.frameLocator('#embed').getByRole('heading', { level: 1 })).toHaveText(examText.title);
  // The browser refuses the site page (frame-ancestors 'self') and says so on the console.
  await expect
    .poll(() => pageErrors.filter((error) => error.message.includes("frame-ancestors 'self'")).length)
    .toBe(1);
  await expect(page.frameLocator('#site').getByRole('heading', { name: homeText.title })).toHaveCount(0);
  // That refusal is the expected outcome, not a failure of the page.
  pageErrors.splice(
    0,
    pageErrors.length,
    ...pageErrors.filter((error) => !error.message.includes("frame-ancestors 'self'")),
  );
});

test('SEC-3: the embed runs under the production policy without a single violation', async ({ page, embedServer }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    );
  });
  const choice = {
    what: 'Is it safe?',
    theme: publisherToolText.themes.dark,
    accent: publisherToolText.accents.purple,
  } as const;
  const { element, frame } = await openArticle(page, embedServer, 'csp.html', choice);
  await answerEveryQuestion(page, frame);
  const framed = await (await element.elementHandle())!.contentFrame();
  expect(await framed!.evaluate(() => window.__violations)).toEqual([]);
});

test.describe('CNT-5: the theme parameters', () => {
  const attacks = {
    markup: '"><img src=x onerror=alert(1)>',
    'a javascript: URL': 'javascript:alert(1)',
    __proto__: '__proto__',
    'a 10 KB value': 'x'.repeat(10_240),
  };
  for (const [name, value] of Object.entries(attacks)) {
    test(`?theme= and ?accent= with ${name} fall back to the defaults, with no dialog and no error`, async ({
      page,
    }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      // One 10 KB parameter, not two: a 20 KB request line is over Node's default header limit (16 KB).
      const query = new URLSearchParams({ theme: value, accent: value.length > 1000 ? 'x' : value });
      await page.goto(`/embed/lessons/is-it-safe/?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Hydrated: the quiz island is interactive.
      await expect(
        page.locator('[data-quiz] fieldset').first().getByRole('button', { name: quizText.check }),
      ).toBeEnabled();
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme', 'system');
      await expect(html).toHaveAttribute('data-accent', 'blue');
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    });
  }

  test('allowed values set the theme and the accent colour', async ({ page }) => {
    await page.goto('/embed/lessons/is-it-safe/?theme=dark&accent=teal');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-accent', 'teal');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
    ).toBe('#5eead4');
  });
});

for (const accent of ['blue', 'teal', 'purple', 'pink', 'orange']) {
  test(`A11Y-1: the ${accent} accent keeps text and controls readable in light and dark`, async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'colours do not depend on the viewport');
    // Both themes on one load: with no ?theme= the embed follows the device setting through CSS alone, and its
    // palette and accents are light-dark() pairs, the same colours ?theme=light and ?theme=dark pin (the CNT-5
    // tests above check that those parameters set data-theme). The answered question keeps its feedback shown.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/embed/lessons/what-is-aliexpress/?accent=${accent}`);
    await expect(page.locator('html')).toHaveAttribute('data-accent', accent);
    const question = page.locator('[data-quiz] fieldset').first();
    await question.locator('label').first().click();
    await question.getByRole('button', { name: quizText.check }).click();
    await expect(question.getByRole('status')).not.toHaveText('');
    expect(await axeViolations(page, { rules: colourRules }), `${accent} accent, light theme`).toEqual([]);
    const light = await pageBackground(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page), 'the dark theme shows').not.toBe(light);
    expect(await axeViolations(page, { rules: colourRules }), `${accent} accent, dark theme`).toEqual([]);
  });
}
