import { quizText } from '../lib/i18n/en/quiz';
import { expect, lessonRoutes, test } from './fixtures';

/**
 * Issue 15 item 1: no phone reader scrolls more than about three screens without something to do. At 390 × 844 px,
 * every lesson's largest vertical gap between two interactive blocks (a quiz, a red-flag exercise, and at the end
 * the lesson navigation) is at most three screen heights. The first gap runs from the top of the lesson's heading.
 * scripts/check-content.ts checks the same thing in words before the build (lib/content/interaction-gaps.ts).
 */
const screen = { width: 390, height: 844 };
const maxGap = 3 * screen.height;

test.use({ viewport: screen });

test('at 390 px no lesson has more than three screens between two interactions', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'measured on the phone layout');
  const largest: Record<string, number> = {};
  for (const route of lessonRoutes()) {
    await page.goto(route);
    // Islands are hydrated and laid out once the first quiz's check button is visible.
    await expect(page.getByRole('button', { name: quizText.check }).first()).toBeVisible();
    const gaps = await page.evaluate(() => {
      const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
      const bottom = (el: Element) => el.getBoundingClientRect().bottom + window.scrollY;
      const blocks = [
        ...document.querySelectorAll(
          'main [data-quiz], main [data-spotter], main [data-checklist], main [data-where-to-report], main nav[aria-label="Lessons"]',
        ),
      ]
        .filter((el) => el.getBoundingClientRect().height > 0)
        .sort((a, b) => top(a) - top(b));
      let previous = top(document.querySelector('main h1')!);
      return blocks.map((block) => {
        const gap = Math.max(0, top(block) - previous);
        previous = Math.max(previous, bottom(block));
        return {
          gap: Math.round(gap),
          before:
            block.getAttribute('data-quiz') ??
            block.getAttribute('data-spotter') ??
            block.getAttribute('data-checklist') ??
            (block.hasAttribute('data-where-to-report') ? 'where to report' : 'lesson navigation'),
        };
      });
    });
    expect(gaps.length, `${route} has an exercise and the lesson navigation`).toBeGreaterThanOrEqual(2);
    const worst = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
    largest[route] = worst.gap;
    expect.soft(worst.gap, `${route}: ${worst.gap} px of reading before ${worst.before}`).toBeLessThanOrEqual(maxGap);
  }
  await testInfo.attach('largest-gaps.json', {
    body: JSON.stringify(largest, null, 2),
    contentType: 'application/json',
  });
  console.log('Largest gap between interactions at 390 px:', largest);
});
