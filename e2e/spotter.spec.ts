import { mockText } from '../lib/i18n/en/mock';
import { spotterText } from '../lib/i18n/en/spotter';
import { spotterResultText } from '../lib/i18n/en/spotter-result';
import { activate, expect, expectNoAxeViolations, markPart, openSpotter, spotter, spotterKey, test } from './fixtures';

const chat = { lesson: '/lessons/is-it-safe/', id: 'confirm-early-chat' };

test.describe('red-flag exercise (Spotter)', () => {
  test('a learner finds every red flag by click or tap, reads why, and finds it checked after a reload', async ({
    page,
  }) => {
    await page.goto(chat.lesson);
    const exercise = spotter(page, chat.id);
    const key = await spotterKey(page, chat.id);
    expect(key.flags.length).toBeGreaterThan(0);
    const status = exercise.getByRole('status');
    await expect(status).toHaveText('');

    // A normal part marked by mistake can be unmarked by selecting it again.
    const decoy = exercise.locator(`button[data-part="${key.normal[0]!.id}"]`);
    await activate(page, decoy);
    await expect(decoy).toHaveAttribute('aria-pressed', 'true');
    await activate(page, decoy);
    await expect(decoy).toHaveAttribute('aria-pressed', 'false');

    for (const flag of key.flags) await activate(page, exercise.locator(`button[data-part="${flag.id}"]`));
    await expect(exercise.getByText(`${key.flags.length} parts marked.`)).toBeVisible();
    // axe on the exercise this journey changed; the rest of the lesson is accessibility.spec.ts's.
    await expectNoAxeViolations(page, { include: `[data-spotter="${chat.id}"]` });

    await activate(page, exercise.getByRole('button', { name: spotterText.check }));
    await expect(status).toHaveText(spotterText.verdicts['all-found']);
    // Every red flag found is listed with its explanation, and marked on the example itself.
    const found = exercise.getByRole('list', { name: spotterResultText.groups.found });
    await expect(found.getByRole('listitem')).toHaveCount(key.flags.length);
    for (const flag of key.flags) {
      await expect(found.getByText(flag.label, { exact: false })).toBeVisible();
      await expect(exercise.locator(`[data-part="${flag.id}"][data-outcome="found"]`)).toContainText(
        spotterText.outcome.found,
      );
    }
    await expectNoAxeViolations(page, { include: `[data-spotter="${chat.id}"]` });

    await page.reload();
    await expect(spotter(page, chat.id).getByRole('status')).toHaveText(spotterText.verdicts['all-found']);
    await activate(page, spotter(page, chat.id).getByRole('button', { name: spotterText.tryAgain }));
    await expect(spotter(page, chat.id).locator('button[data-part]').first()).toBeFocused();
    await expect(spotter(page, chat.id).getByRole('status')).toHaveText('');
  });

  test('A11Y-2: a learner solves a red-flag exercise with the keyboard alone and hears the verdict', async ({
    page,
  }) => {
    await page.goto('/lessons/common-scams/');
    const id = 'shipment-pending-email';
    const exercise = spotter(page, id);
    const flags = new Set((await spotterKey(page, id)).flags.map((flag) => flag.id));

    // Start from the view switch, then Tab through the example: Space marks a red flag, Enter checks.
    await exercise.getByRole('button', { name: spotterText.viewPicture }).focus();
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        part: document.activeElement?.getAttribute('data-part') ?? null,
        text: document.activeElement?.textContent ?? '',
      }));
      if (focused.part && flags.has(focused.part)) await page.keyboard.press('Space');
      if (focused.text === spotterText.check) break;
    }
    await expect(exercise.getByRole('button', { name: spotterText.check })).toBeFocused();
    for (const flag of flags)
      await expect(exercise.locator(`button[data-part="${flag}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(exercise.getByRole('status')).toHaveText(spotterText.verdicts['all-found']);
    // Focus moves to the feedback, so the explanations are read next.
    await expect(exercise.locator('div[tabindex="-1"]')).toBeFocused();
  });

  test('the list view offers the same choices as checkboxes, and a partial answer lists what was missed', async ({
    page,
  }) => {
    const id = 'cheap-brand-listing';
    const { exercise, key } = await openSpotter(page, '/lessons/choosing-sellers/', id);
    await activate(page, exercise.getByRole('button', { name: spotterText.viewList }));
    await expect(exercise.getByRole('button', { name: spotterText.viewList })).toHaveAttribute('aria-pressed', 'true');
    const list = exercise.getByRole('group', { name: spotterText.listLegend });
    // Every drawn part is on the list, not only the scored ones, so the list cannot hint at the answer.
    const parts = await exercise.locator('[data-part-box]').count();
    expect(parts).toBeGreaterThan(key.spots.length);
    await expect(list.getByRole('checkbox')).toHaveCount(parts);
    // In list view the example is for reading only: no second set of controls.
    await expect(exercise.locator('button[data-part]')).toHaveCount(0);
    await expectNoAxeViolations(page, { include: `[data-spotter="${id}"]` });

    await activate(page, list.locator(`input[data-spot="${key.flags[0]!.id}"]`));
    await activate(page, list.locator(`input[data-spot="${key.normal[0]!.id}"]`));
    await activate(page, exercise.getByRole('button', { name: spotterText.check }));
    await expect(exercise.getByRole('status')).toContainText(spotterText.verdicts.partly);
    await expect(exercise.getByRole('status')).toContainText(
      `You found 1 of ${key.flags.length} red flags and marked 1 normal part.`,
    );
    await expect(
      exercise.getByRole('list', { name: spotterResultText.groups.missed }).getByRole('listitem'),
    ).toHaveCount(key.flags.length - 1);
    await expect(exercise.getByRole('list', { name: spotterResultText.groups.falseAlarms })).toContainText(
      key.normal[0]!.label,
    );
    await expectNoAxeViolations(page, { include: `[data-spotter="${id}"]` });
  });

  test('on a genuine example, "It looks safe" is right and over-caution gets its own kind feedback', async ({
    page,
  }) => {
    const id = 'established-store-card';
    const { exercise, key } = await openSpotter(page, '/lessons/choosing-sellers/', id);
    expect(key.flags).toEqual([]);

    await activate(page, exercise.locator(`button[data-part="${key.normal[0]!.id}"]`));
    await activate(page, exercise.getByRole('button', { name: spotterText.check }));
    await expect(exercise.getByRole('status')).toHaveText(spotterText.verdicts['over-cautious']);
    await expect(exercise.getByText(/Checking twice is a good habit/)).toBeVisible();
    await expect(exercise.getByRole('list', { name: spotterResultText.groups.overCaution })).toContainText(
      key.normal[0]!.label,
    );
    await expectNoAxeViolations(page, { include: `[data-spotter="${id}"]` });

    await activate(page, exercise.getByRole('button', { name: spotterText.tryAgain }));
    await activate(page, exercise.getByRole('button', { name: spotterText.looksSafe }));
    await expect(exercise.getByRole('status')).toHaveText(spotterText.verdicts.safe);
    await expect(
      exercise.getByRole('list', { name: spotterResultText.groups.whySafe }).getByRole('listitem'),
    ).toHaveCount(key.spots.length);
  });

  test('every part can be marked, with no outline until hover or marking; an unscored part is a false alarm', async ({
    page,
  }) => {
    const id = 'memory-card-listing';
    const { exercise, key } = await openSpotter(page, '/lessons/common-scams/', id);
    const scored = new Set(key.spots.map((spot) => spot.id));
    const all = await exercise
      .locator('button[data-part]')
      .evaluateAll((buttons) =>
        buttons.map((button) => ({ id: button.getAttribute('data-part')!, name: button.getAttribute('aria-label')! })),
      );
    const unscored = all.filter((part) => !scored.has(part.id));
    expect(unscored.length).toBeGreaterThan(0);
    // The toggles are named by the part's kind and place, never by what is wrong with it.
    for (const part of all) expect(part.name).toMatch(/^the /);

    // No outline gives away which parts are in play: every part looks the same until touched.
    const box = exercise.locator(`[data-part-box="${unscored[0]!.id}"]`);
    await expect(box).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await expect(exercise.locator(`[data-part-box="${key.flags[0]!.id}"]`)).toHaveCSS(
      'border-top-color',
      'rgba(0, 0, 0, 0)',
    );

    for (const flag of key.flags) await markPart(page, exercise.locator(`button[data-part="${flag.id}"]`));
    await markPart(page, exercise.locator(`button[data-part="${unscored[0]!.id}"]`));
    await expect(box).not.toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await activate(page, exercise.getByRole('button', { name: spotterText.check }));
    await expect(exercise.getByRole('status')).toContainText(spotterText.verdicts.partly);
    await expect(exercise.getByRole('status')).toContainText(
      `You found ${key.flags.length} of ${key.flags.length} red flags and marked 1 normal part.`,
    );
    await expect(exercise.getByRole('list', { name: spotterResultText.groups.falseAlarms })).toContainText(
      unscored[0]!.name,
    );
    await expect(exercise.locator(`[data-part="${unscored[0]!.id}"][data-outcome="false-alarm"]`)).toBeVisible();
  });

  test('"Show all red flags" reveals the answer key; checking with nothing marked asks for a choice first', async ({
    page,
  }) => {
    const id = 'memory-card-listing';
    const { exercise, key } = await openSpotter(page, '/lessons/common-scams/', id);

    await activate(page, exercise.getByRole('button', { name: spotterText.check }));
    await expect(exercise.getByRole('status')).toHaveText(spotterText.markFirst);

    await activate(page, exercise.getByRole('button', { name: spotterText.reveal }));
    await expect(exercise.getByRole('status')).toHaveText(spotterText.revealed);
    await expect(exercise.locator('[data-outcome="flag"]')).toHaveCount(key.flags.length);
    await expect(
      exercise.getByRole('list', { name: spotterResultText.groups.flags }).getByRole('listitem'),
    ).toHaveCount(key.flags.length);
    await expectNoAxeViolations(page, { include: `[data-spotter="${id}"]` });
  });

  test('CNT-3: mock addresses are never links, and every exercise shows the "Training example" label', async ({
    page,
  }) => {
    for (const lesson of [
      '/lessons/is-it-safe/',
      '/lessons/choosing-sellers/',
      '/lessons/paying-safely/',
      '/lessons/common-scams/',
      '/lessons/when-things-go-wrong/',
    ]) {
      await page.goto(lesson);
      const exercises = page.locator('[data-spotter]');
      expect(await exercises.count(), lesson).toBeGreaterThan(0);
      for (const exercise of await exercises.all())
        await expect(exercise.getByText(mockText.trainingExample)).toBeVisible();
      expect(await page.locator('.mock-link[href], .mock a[href]').count()).toBe(0);
    }
  });
});
