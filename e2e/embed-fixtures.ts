import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../scripts/static-headers';
import { publisherToolText } from '../lib/i18n/en/publisher-tool';
import { quizText } from '../lib/i18n/en/quiz';
import { activate, correctOptions, expect, test as base } from './fixtures';

/**
 * Cross-origin embedding needs two origins. One small server per worker, on a port derived from E2E_PORT so
 * parallel runs never clash, is reached under two names that are different *sites*:
 *   lessons  http://localhost:PORT/…          out/ with the headers of public/_headers, as Cloudflare would send them
 *   host     http://127.0.0.1:PORT/__host/…   the publisher's page each test writes
 * Serving out/ with its production headers means the embed runs under the real CSP and frame-ancestors rules.
 */
export type EmbedServer = {
  lessonOrigin: string;
  hostOrigin: string;
  /** Serves `html` (or any text, typed by the name's extension) at /__host/<name> on the host origin; returns its URL. */
  hostPage(name: string, html: string): string;
};

const outDir = path.resolve('out');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

function staticFile(pathname: string): { file: string; status: number } {
  const candidate = path.join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  if (candidate.startsWith(outDir) && existsSync(candidate) && statSync(candidate).isFile())
    return { file: candidate, status: 200 };
  return { file: path.join(outDir, '404.html'), status: 404 };
}

export const test = base.extend<object, { embedServer: EmbedServer }>({
  embedServer: [
    async ({}, use, workerInfo) => {
      const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
      const pages = new Map<string, string>();
      const port = Number(process.env.E2E_PORT ?? 4173) + 100 + workerInfo.parallelIndex;
      const server = http.createServer((request, response) => {
        const { pathname } = new URL(request.url ?? '/', 'http://server');
        if (pathname.startsWith('/__host/')) {
          const html = pages.get(pathname.slice('/__host/'.length));
          // Host pages are HTML; a SCORM package's launch.js is served as the script it is.
          const type = types[path.extname(pathname)] ?? types['.html']!;
          response.writeHead(html ? 200 : 404, { 'content-type': type });
          response.end(html ?? 'no such host page');
          return;
        }
        const { file, status } = staticFile(pathname);
        for (const [name, values] of headersFor(rules, pathname))
          response.setHeader(name, values.length === 1 ? values[0]! : values);
        // Cloudflare adds nosniff itself; `serve` and nginx would send the type from the extension.
        response.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
        response.writeHead(status);
        response.end(readFileSync(file));
      });
      // No host: listen on both IPv4 and IPv6, as "localhost" may resolve to either.
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
      await use({
        lessonOrigin: `http://localhost:${port}`,
        hostOrigin: `http://127.0.0.1:${port}`,
        hostPage(name, html) {
          pages.set(name, html);
          return `http://127.0.0.1:${port}/__host/${name}`;
        },
      });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** What the host pages and init scripts of these tests keep on window. */
declare global {
  interface Window {
    __events: { type: string; detail: unknown; target: string }[];
    __messages: unknown[];
    __violations: string[];
    __cls: number;
  }
}

/**
 * A consumer-advice article with `embed` in it. It records the Scamwise events it hears in window.__events
 * (type, detail and the tag of the element they were dispatched on).
 */
export function articleHtml(embed: string, { before = '' }: { before?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Buying from online marketplaces: Example Consumer Advice</title>
<style>body{margin:0;font:18px/1.6 system-ui,sans-serif;color:#111;background:#fff}header{padding:12px 16px;border-bottom:1px solid #767676}main{max-width:48rem;margin:0 auto;padding:0 16px 32px}</style>
</head>
<body>
<header><p style="margin:0">Example Consumer Advice</p></header>
<main>
<h1>Buying from online marketplaces</h1>
<p>Before you buy, take ten minutes to learn how the marketplace protects your money.</p>
${before}
${embed}
<p>Published by Example Consumer Advice.</p>
</main>
<script>
window.__events = [];
for (const type of ['scamwise:lesson-started', 'scamwise:lesson-completed', 'scamwise:exam-scored']) {
  document.addEventListener(type, (event) => window.__events.push({ type: event.type, detail: event.detail, target: event.target.tagName }));
}
</script>
</body>
</html>`;
}

type SnippetChoice = { what?: RegExp | string; theme?: 'Light' | 'Dark'; accent?: string };

/**
 * Snippets this worker has read, by origin and choice. The publisher page gives the same snippet for the same
 * choice every time (publishers.spec.ts checks the page itself), so each is read there once per worker rather than
 * by loading /publishers/, a page with a lesson preview in it, before every embed test.
 */
const snippets = new Map<string, string>();

/** Reads the snippet that the publisher page on `lessonOrigin` generates for these choices (EMB-1). */
export async function publisherSnippet(page: Page, lessonOrigin: string, choice: SnippetChoice = {}): Promise<string> {
  const key = JSON.stringify([lessonOrigin, String(choice.what ?? ''), choice.theme ?? '', choice.accent ?? '']);
  const known = snippets.get(key);
  if (known) return known;
  await page.goto(`${lessonOrigin}/publishers/`);
  if (choice.what) {
    const select = page.getByLabel(publisherToolText.whatLabel);
    const options = await select.locator('option').allTextContents();
    const label = options.find((text) =>
      typeof choice.what === 'string' ? text.includes(choice.what) : choice.what!.test(text),
    );
    await select.selectOption({ label: label! });
  }
  if (choice.theme) await page.getByLabel(choice.theme, { exact: true }).check();
  if (choice.accent) await page.getByLabel(choice.accent, { exact: true }).check();
  const code = page.getByTestId('embed-snippet');
  // After hydration the snippet names the page's own origin.
  await expect(code).toContainText(`src="${lessonOrigin}/embed/`);
  const snippet = (await code.textContent())!;
  snippets.set(key, snippet);
  return snippet;
}

export const embedFrame = (page: Page) => page.frameLocator('iframe[data-scamwise-embed]').first();
export const embedElement = (page: Page) => page.locator('iframe[data-scamwise-embed]').first();

/**
 * A publisher's article at host page `name` with the snippet the publisher page gives for `choice` ("Is it safe?"
 * unless told), opened in `page`: the embed's iframe element and its frame.
 */
export async function openArticle(
  page: Page,
  embedServer: EmbedServer,
  name: string,
  choice: SnippetChoice = { what: 'Is it safe?' },
  options: { before?: string } = {},
) {
  const snippet = await publisherSnippet(page, embedServer.lessonOrigin, choice);
  await page.goto(embedServer.hostPage(name, articleHtml(snippet, options)));
  return { element: embedElement(page), frame: embedFrame(page) };
}

/**
 * Presses a control of an embedded lesson. On the phone project a tap inside the frame of a scrolled host page
 * landed on another question (Debian Chromium 150, December 2026: even with the control still on the page, and at
 * the landed commit too), so embedded controls are clicked; touch inside a lesson is covered outside frames.
 */
async function pressInFrame(page: Page, scope: FrameLocator | Page, control: Locator) {
  if (scope === page) return activate(page, control);
  await control.scrollIntoViewIfNeeded();
  await control.click();
}

/** Answers every quiz question in `scope` correctly, reading the answers from the no-JavaScript fallback. */
export async function answerEveryQuestion(page: Page, scope: FrameLocator | Page) {
  const questions = scope.locator('[data-quiz] fieldset');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    for (const option of await correctOptions(scope, i))
      await pressInFrame(page, scope, question.getByLabel(option, { exact: true }));
    await pressInFrame(page, scope, question.getByRole('button', { name: quizText.check }));
    await expect(question.getByRole('status')).toHaveText(quizText.correct);
  }
  return count;
}

/** The iframe's rendered height and the height of the content it shows. */
export async function heights(frameElement: Locator, frame: FrameLocator) {
  const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.locator('#lesson-root').evaluate((el) => el.scrollHeight);
  return { outer, inner };
}
