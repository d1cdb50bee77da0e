import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test as base, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { exportedRoutes as routesIn } from '../scripts/page-weight';
import { privacyText } from '../lib/i18n/en/privacy';

/** Every exported route, read from out/ so a new page is tested without editing a list. */
export const exportedRoutes = () => routesIn(path.resolve('out'));

export const lessonRoutes = () => exportedRoutes().filter((route) => route.startsWith('/lessons/'));

type Fixtures = {
  /** Errors thrown in the page; every test asserts there were none (RELIABILITY SEC-3). */
  pageErrors: Error[];
};

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('Failed to load resource'))
          errors.push(new Error(message.text()));
      });
      await use(errors);
      expect(errors, 'no page or console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The WCAG 2.2 AA tag set of RELIABILITY A11Y-1 (target-size needs wcag22aa explicitly). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeScope = {
  /** Only this part of the page (a CSS selector): the component a journey brought into a new state. */
  include?: string;
  /** Only these rules instead of the whole WCAG tag set (e.g. the colour rules, when only colours changed). */
  rules?: string[];
};

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/**
 * The violations axe finds, one line each. Only violations are read: not collecting the passes and "incomplete"
 * nodes of every rule saves time.
 *
 * Each document, the page's and every frame's (cross-origin ones too: Playwright reaches them all), is analysed by
 * axe.run inside it, axe injected once per document, frames left to their own run (`iframes: false`). AxeBuilder
 * instead injects axe again on every call, gathers the partial results of every node of every frame and finishes
 * the run in a new blank tab: 1.5–3 s more per call on this project's pages, for the same rules. Of the WCAG rules,
 * three combine documents in AxeBuilder's run: frame-title-unique reads the titles in the parent's own DOM, the
 * same here; duplicate-id-aria only merges its lists; bypass, a page-level rule, is judged on each framed document
 * too here, as if it were a page, which is stricter (each embed passes it as a page in accessibility.spec.ts).
 * Only a scoped check of a page with frames, where the scope decides which frames count, still goes through
 * AxeBuilder.
 */
export async function axeViolations(page: Page, { include, rules }: AxeScope = {}): Promise<string[]> {
  const options: axe.RunOptions = {
    resultTypes: ['violations'],
    iframes: false,
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags },
  };
  let violations: axe.Result[];
  if (include && page.frames().length > 1) {
    // options() replaces AxeBuilder's whole option object, runOnly included, so nothing may be set before it.
    const framed = { ...options, iframes: true };
    violations = (await new AxeBuilder({ page }).options(framed).include(include).analyze()).violations;
  } else {
    violations = [];
    for (const frame of page.frames().filter((frame) => frame.url() !== 'about:blank')) {
      if (!(await frame.evaluate(() => Boolean(window.axe)))) await frame.evaluate(axe.source);
      const found = await frame.evaluate(
        async ({ context, options }) => (await window.axe!.run(context ?? document, options)).violations,
        { context: include, options },
      );
      const where = frame === page.mainFrame() ? '' : `in frame ${frame.url()}: `;
      violations.push(...found.map((v) => ({ ...v, help: where + v.help })));
    }
  }
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * The rules of the tag set whose outcome depends on colours (axe's "cat.color": text contrast, and links told apart
 * from their text by colour). A theme that changes colours and nothing else can change only these.
 */
export const colourRules = axe
  .getRules(wcagTags)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

/** axe finds no violations of the WCAG 2.2 AA rules of RELIABILITY A11Y-1 (on `scope`, if given). */
export async function expectNoAxeViolations(page: Page, scope: AxeScope = {}) {
  if (scope.include) await expect(page.locator(scope.include).first(), 'the part axe checks').toBeVisible();
  expect(await axeViolations(page, scope)).toEqual([]);
}

/**
 * The page's background colour (the --page token), which tells the two themes apart. The computed `color-scheme`
 * does not: with no explicit choice it stays "light dark" whatever the device setting.
 */
export const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Click on desktop, tap on a touch phone: the same journey must work with both. */
export async function activate(_scope: Page | FrameLocator, locator: Locator) {
  if (test.info().project.use.hasTouch) await locator.tap();
  else await locator.click();
}

/**
 * Marks or unmarks a part of a red-flag exercise. The part's toggle lies under any link preview in it (the preview is
 * its own control), so press near the part's top-left corner, which is always the toggle, as a learner would.
 */
export async function markPart(_scope: Page | FrameLocator, part: Locator) {
  const position = { x: 4, y: 4 };
  if (test.info().project.use.hasTouch) await part.tap({ position });
  else await part.click({ position });
}

/** The interactive quiz's questions on a lesson page. */
export const quizQuestions = (page: Page) => page.locator('[data-quiz] fieldset');

/**
 * The right options for question `index`, read from the quiz's no-JavaScript fallback on the same page, so tests
 * follow the content instead of hard-coding answers.
 */
export async function correctOptions(page: Page | FrameLocator, index: number): Promise<string[]> {
  // Scoped to the quiz's fallback: red-flag exercises on the same page have their own fallback (and mock
  // tracking pages contain lists of their own).
  const fallback = page.locator('[data-quiz-fallback] > ol > li').nth(index);
  const labels = await fallback.locator('details li strong').allTextContents();
  return labels.filter((label) => label.startsWith('Correct: ')).map((label) => label.slice('Correct: '.length));
}

async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage));
}

/** Makes localStorage throw on access, as a blocked or sandboxed site's storage does (STO-1). */
export const blockStorage = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });

/**
 * On /privacy/: every key this browser holds is one the page lists (PRV-2), a `…` entry standing for its prefix;
 * then "Reset my progress", confirmed, leaves no scamwise: key (PRV-3). Returns the keys listed.
 */
export async function expectKeysListedThenReset(page: Page): Promise<string[]> {
  const listed = await page
    .locator('[data-storage-key]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-storage-key')!));
  for (const key of await storedKeys(page)) {
    const documented = listed.some(
      (entry) => entry === key || (entry.endsWith('…') && key.startsWith(entry.slice(0, -1))),
    );
    expect(documented, key).toBe(true);
  }
  await activate(page, page.getByRole('button', { name: privacyText.resetButton }));
  // Reset asks first (issue 12); nothing is deleted until the learner confirms.
  await activate(page, page.getByRole('button', { name: privacyText.resetYes }));
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
  expect((await storedKeys(page)).filter((key) => key.startsWith('scamwise:'))).toEqual([]);
  return listed;
}

/** Opens a lesson at a red-flag exercise: the exercise's island and its answer key. */
export async function openSpotter(page: Page, lesson: string, id: string) {
  await page.goto(lesson);
  return { exercise: spotter(page, id), key: await spotterKey(page, id) };
}

/**
 * Waits until the lesson island holding `inside` has its code and is hydrated (components/mdx/deferred.tsx). Input
 * made once the page has hydrated is held until then; a test of a gesture itself, not of that holding, waits here,
 * because a tap sent before the page itself has hydrated reaches only the server's HTML.
 */
export async function expectIslandLive(page: Page, inside: Locator) {
  await expect(islandOf(page, inside)).toHaveAttribute('data-island-state', 'live');
}

/** The deferred lesson island around `inside`, whose data-island-state says whether its code is wanted or live yet. */
export const islandOf = (page: Page, inside: Locator) => page.locator('[data-island-state]').filter({ has: inside });

/** From now on, every script the page asks for takes `ms` to arrive, as on a slow connection. */
export const slowLaterScripts = (page: Page, ms: number) =>
  page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });

/**
 * Holds back every script chunk whose code contains `marker` (a string only that module holds) until the returned
 * `release`, so a test can act before that code has arrived; every other script loads as usual.
 */
export async function holdChunk(page: Page, marker: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(marker)) await released;
      await route.fulfill({ response, body });
    } catch {
      // A request the reload or unrouteAll() dropped while it was in flight ("Response has been disposed"): the
      // page that asked for it is gone, so there is nothing to answer.
    }
  });
  return release;
}

/** A red-flag exercise on a lesson page (the interactive island). */
export const spotter = (page: Page, id: string) => page.locator(`[data-spotter="${id}"]`);

/**
 * The answer key of a red-flag exercise, read from its no-JavaScript fallback on the same page (which shows it in a
 * <details>), so tests follow the content: spot ids that are red flags, spot ids that are normal, and their labels.
 */
export async function spotterKey(page: Page, id: string) {
  const items = page.locator(`[data-spotter-fallback="${id}"] li[data-spot]`);
  const spots = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-spot')!,
      flag: li.getAttribute('data-flag') === 'true',
      label: li.querySelector('strong')!.textContent!.replace(/^(Red flag|Normal): /, ''),
    })),
  );
  return { spots, flags: spots.filter((s) => s.flag), normal: spots.filter((s) => !s.flag) };
}
