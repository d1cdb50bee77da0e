import { embedText } from '../lib/i18n/en/embed';
import { lessonProgressText } from '../lib/i18n/en/lesson-progress';
import { publisherToolText } from '../lib/i18n/en/publisher-tool';
import { quizText } from '../lib/i18n/en/quiz';
import { expectNoAxeViolations } from './fixtures';
import { chromiumArgs, chromiumPath } from './browser';
import { storedProgress } from './progress-seed';
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

/**
 * A consumer-advice site embeds a lesson with the snippet from /publishers/ (host page on 127.0.0.1, lesson on
 * localhost: different sites). RELIABILITY §1, EMB-1, EMB-4..EMB-6, PERF-2, STO-8, PRV-4, A11Y-1. The exam's own
 * event (exam-scored, PRV-4) is checked where the embedded exam is taken to its end, in embed-exam.spec.ts.
 */

// The full browser, which blocks third-party storage as a reader's browser may; these tests check what the embed
// does then (e2e/browser.ts).
test.use({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } });

test('EMB-1/EMB-5/PERF-2: the snippet shows the whole lesson at its own height, with a matching title and no layout shift', async ({
  page,
  embedServer,
}) => {
  // Lesson 1, the shortest: every lesson at phone widths has its own test (e2e/embed-phones.spec.ts, EMB-11).
  const snippet = await publisherSnippet(page, embedServer.lessonOrigin, { what: 'What AliExpress is' });
  // Layout shifts on the host page, and (separately) inside the frame: the init script runs in every frame.
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) window.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(embedServer.hostPage('article.html', articleHtml(snippet)));

  const element = embedElement(page);
  const frame = embedFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('What AliExpress is and how an order works');
  // Grows from the snippet's 720 px to the full lesson, within 2 px.
  await expect.poll(async () => (await heights(element, frame)).outer, { timeout: 10_000 }).toBeGreaterThan(3000);
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(element, frame);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);

  // The frame's title (from the snippet) is the framed page's own <title> (EMB-1).
  const framed = await (await element.elementHandle())!.contentFrame();
  expect(await element.getAttribute('title')).toBe(await framed!.title());

  // Expanding content inside the frame (a checked answer's explanations) grows the frame with it (EMB-5).
  const before = (await heights(element, frame)).outer;
  const question = frame.locator('[data-quiz] fieldset').first();
  await question.locator('label').first().click();
  await question.getByRole('button', { name: quizText.check }).click();
  await expect.poll(async () => (await heights(element, frame)).outer).toBeGreaterThan(before + 20);
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(element, frame);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);

  // PERF-2: the reserved height keeps the host page still while the lesson loads and grows.
  await page.waitForTimeout(500);
  const hostShift = await page.evaluate(() => window.__cls);
  const frameShift = await framed!.evaluate(() => window.__cls);
  test.info().annotations.push({
    type: 'CLS',
    description: `host page ${hostShift.toFixed(4)}, inside the frame ${frameShift.toFixed(4)}`,
  });
  console.log(
    `[PERF-2] ${test.info().project.name}: layout shift on the host page ${hostShift.toFixed(4)}, inside the frame ${frameShift.toFixed(4)}`,
  );
  expect(hostShift).toBeLessThanOrEqual(0.1);
});

test('A11Y-1: axe finds no violations on the host page or inside the embed', async ({ page, embedServer }) => {
  const choice = {
    what: 'Is it safe?',
    theme: publisherToolText.themes.dark,
    accent: publisherToolText.accents.teal,
  } as const;
  const { element, frame } = await openArticle(page, embedServer, 'a11y.html', choice);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(async () => (await heights(element, frame)).outer).toBeGreaterThan(3000);
  // AxeBuilder analyses the page and the frames inside it.
  await expectNoAxeViolations(page);
});

test('STO-1/PRV-4/STO-8: answering the quiz inside the embed fires started and completed on the host, with no personal data, and nothing reaches the full site', async ({
  page,
  embedServer,
}) => {
  const { frame } = await openArticle(page, embedServer, 'events.html');

  await expect
    .poll(() => page.evaluate(() => window.__events))
    .toEqual([{ type: 'scamwise:lesson-started', detail: { lessonId: 'is-it-safe' }, target: 'IFRAME' }]);
  // Playwright's Chromium blocks third-party storage: the lesson says progress won't be kept, and offers a new tab.
  const notice = frame.getByTestId('storage-notice');
  await expect(notice).toContainText("Progress won't be kept here");
  await expect(notice.getByRole('link', { name: /Open the lesson in a new tab/ })).toHaveAttribute(
    'href',
    '/lessons/is-it-safe/',
  );

  const answered = await answerEveryQuestion(page, frame);
  expect(answered).toBeGreaterThanOrEqual(4);
  await expect(frame.getByText(lessonProgressText.doneNotice)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__events))
    .toEqual([
      { type: 'scamwise:lesson-started', detail: { lessonId: 'is-it-safe' }, target: 'IFRAME' },
      { type: 'scamwise:lesson-completed', detail: { lessonId: 'is-it-safe' }, target: 'IFRAME' },
    ]);

  // STO-8: the same lesson opened on our own site (first party) knows nothing of the embedded progress.
  await page.goto(`${embedServer.lessonOrigin}/lessons/is-it-safe/`);
  await expect(
    page.locator('[data-quiz] fieldset').first().getByRole('button', { name: quizText.check }),
  ).toBeVisible();
  expect((await storedProgress(page))?.answers ?? {}).toEqual({});
});

test('EMB-6: a lazy iframe far down the page, and one added later, each fit their lesson within a second of loading', async ({
  page,
  embedServer,
}) => {
  const spacer =
    '<div style="height:9000px;border-left:4px solid #767676;padding-left:8px">Scroll down for the lesson.</div>';
  await openArticle(page, embedServer, 'lazy.html', undefined, { before: spacer });

  /** Records when frame `index` loads and when it first fits its lesson; with `src`, adds that frame first. */
  const watch = (index: number, src?: string) =>
    page.evaluate(
      ([i, added]) => {
        let frame = document.querySelectorAll('iframe')[i]!;
        if (added) {
          // A frame the page adds after the host script ran (found by its MutationObserver). Watched before it is
          // in the document, so its load event cannot come before the listener.
          frame = document.createElement('iframe');
          frame.src = added;
          frame.title = 'Interactive lesson: What AliExpress is and how an order works (Scamwise)';
          frame.height = '720';
          frame.style.cssText = 'border:0;width:100%;min-height:480px;display:block';
          frame.setAttribute('data-scamwise-embed', '');
        }
        const times: { loaded?: number; fitted?: number } = {};
        frame.addEventListener('load', () => (times.loaded ??= performance.now()));
        new ResizeObserver(() => {
          if (frame.getBoundingClientRect().height > 2000) times.fitted ??= performance.now();
        }).observe(frame);
        (window as unknown as { __times: unknown[] }).__times ??= [];
        (window as unknown as { __times: unknown[] }).__times[i] = times;
        if (added) document.querySelector('main')!.append(frame);
      },
      [index, src] as const,
    );
  const times = (index: number) =>
    page.evaluate((i) => (window as unknown as { __times: { loaded?: number; fitted?: number }[] }).__times[i]!, index);

  await watch(0);
  await page.waitForTimeout(300);
  expect((await times(0)).loaded, 'the lazy frame waits until it is near the viewport').toBeUndefined();
  await embedElement(page).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await times(0)).fitted, { timeout: 10_000 }).toBeDefined();
  const first = await times(0);
  expect(first.fitted! - first.loaded!).toBeLessThan(1000);

  await watch(1, `${embedServer.lessonOrigin}/embed/lessons/what-is-aliexpress/`);
  await expect.poll(async () => (await times(1)).fitted, { timeout: 10_000 }).toBeDefined();
  const second = await times(1);
  expect(second.loaded, 'the added frame loaded').toBeDefined();
  expect(second.fitted! - second.loaded!).toBeLessThan(1000);
});

test('EMB-4: a lesson that keeps growing stops being resized, keeps its last good height and scrolls instead', async ({
  page,
  embedServer,
}) => {
  const { element, frame } = await openArticle(page, embedServer, 'loop.html');
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(element, frame);
      return inner > 3000 && Math.abs(outer - inner) <= 2;
    })
    .toBe(true);
  const good = (await heights(element, frame)).outer;

  // A runaway child: #lesson-root grows 3 px every animation frame, for ever (a vh-style loop).
  await frame.locator('#lesson-root').evaluate((root) => {
    let extra = 0;
    const grow = () => {
      extra += 3;
      root.style.paddingBottom = `${extra}px`;
      requestAnimationFrame(grow);
    };
    requestAnimationFrame(grow);
  });
  await expect(element).toHaveAttribute('scrolling', 'auto', { timeout: 3000 });
  const stopped = (await heights(element, frame)).outer;
  await page.waitForTimeout(1000);
  const later = (await heights(element, frame)).outer;
  expect(later).toBe(stopped);
  expect(Math.abs(stopped - good)).toBeLessThanOrEqual(2);
  expect(stopped).toBeLessThanOrEqual(20000);
});

test.describe('without JavaScript', () => {
  test('EMB-1: the snippet still shows the lesson at a usable height, with the link to open it', async ({
    browser,
    embedServer,
  }) => {
    const withScript = await browser.newPage();
    const snippet = await publisherSnippet(withScript, embedServer.lessonOrigin, { what: 'Is it safe?' });
    await withScript.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(embedServer.hostPage('nojs.html', articleHtml(snippet)));
    await expect(embedFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
    expect(await embedElement(page).evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(480);
    await expect(page.getByRole('link', { name: embedText.keepProgressLesson })).toHaveAttribute(
      'href',
      `${embedServer.lessonOrigin}/lessons/is-it-safe/`,
    );
    await context.close();
  });
});

test('EMB-7: "open in a new tab" leaves the sandbox, and the full lesson there can keep progress', async ({
  page,
  context,
  embedServer,
}) => {
  const { frame } = await openArticle(page, embedServer, 'new-tab.html');
  const notice = frame.getByTestId('storage-notice');
  await expect(notice).toBeVisible();
  const [popup] = await Promise.all([context.waitForEvent('page'), notice.getByRole('link').click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(`${embedServer.lessonOrigin}/lessons/is-it-safe/`);
  // First-party and not sandboxed (allow-popups-to-escape-sandbox): storage works, so no notice.
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(popup.getByTestId('storage-notice')).toHaveCount(0);
  // The visit is recorded once the page has hydrated, which can come after its heading is visible.
  await expect.poll(() => popup.evaluate(() => localStorage.getItem('scamwise:progress'))).toContain('is-it-safe');
  await popup.close();
});
