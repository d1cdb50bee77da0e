import { activate, expect, expectNoAxeViolations, test } from './fixtures';
import { examBlueprint, precheckBlueprint } from '../lib/exam/draw';
import { isGenuine, truthOf } from '../lib/exam/score';
import { ratePercent, signalFigures } from '../lib/exam/signal';
import { percentOf } from '../lib/questions/score';
import { examText } from '../lib/i18n/en/exam';
import { lessonText } from '../lib/i18n/en/lesson';
import { precheckText } from '../lib/i18n/en/precheck';
import { examMessages } from '../lib/i18n/exam';
import { t } from '../lib/i18n/t';
import { answerAttempt, pool } from './exam-helpers';

const truth = (id: string) => truthOf(pool.find((item) => item.id === id)!);

test('a learner takes the pre-check from the home page, then the exam shows their own before → after', async ({
  page,
}) => {
  // Eight pre-check items and a sixteen-item exam in one journey.
  test.slow();
  const size = precheckBlueprint.size;
  const rightCount = 3;
  await page.goto('/');
  await activate(page, page.getByRole('link', { name: new RegExp(`Take the optional ${size}-question pre-check`) }));
  await expect(page).toHaveURL('/pre-check/');
  await expectNoAxeViolations(page);

  await activate(page, page.getByRole('button', { name: precheckText.start }));
  const before = await answerAttempt(page, size, (_item, index) => index < rightCount);
  // The exam's blueprint at half the size: every topic, every kind of item, the genuine share.
  expect(new Set(before.map((item) => item.topic)).size).toBe(5);
  expect(new Set(before.map((item) => item.type))).toEqual(new Set(['verdict', 'spotter', 'question']));
  expect(before.filter(isGenuine).length).toBeGreaterThanOrEqual(precheckBlueprint.minGenuine);
  await expect(page.getByRole('heading', { name: precheckText.resultTitle })).toBeFocused();
  await expect(page.getByTestId('precheck-score')).toHaveText(`You got ${rightCount} of ${size} right.`);
  await expectNoAxeViolations(page);

  // The result is kept: coming back shows it instead of a new pre-check.
  await page.reload();
  await expect(page.getByTestId('precheck-score')).toHaveText(`You got ${rightCount} of ${size} right.`);

  await activate(page, page.getByRole('link', { name: precheckText.takeExam }));
  await expect(page).toHaveURL('/exam/');
  await activate(page, page.getByRole('button', { name: examText.start }));
  const after = await answerAttempt(page, examBlueprint.size);
  // Parallel forms: the exam never reuses the pre-check's items, so the "after" measures learning, not memory.
  expect(after.filter((item) => before.some((b) => b.id === item.id))).toEqual([]);

  const beforePercent = percentOf(rightCount, size);
  await expect(page.getByTestId('exam-score')).toHaveText(
    `${examBlueprint.size} of ${examBlueprint.size} right (100%)`,
  );
  await expect(page.getByTestId('exam-gain')).toHaveText(
    `Before the course: ${beforePercent}%. Final exam: 100%. You improved by ${100 - beforePercent} percentage points.`,
  );

  // Before → after for each figure. The helpers answer every verdict with "sure"; a wrong answer calls a scam safe
  // and a genuine page a scam, so the pre-check's figures follow from which items were answered right.
  const right = before.slice(0, rightCount).map((item) => item.id);
  const ids = before.map((item) => item.id);
  const flagged = ids.filter((id) => (truth(id) === 'scam') === right.includes(id) && truth(id) !== 'question');
  const sure = before.filter((item) => item.type === 'verdict').map((item) => item.id);
  const figures = signalFigures({ items: ids, right, flagged, sure }, truth);
  const shown = (value: number | undefined) => (value === undefined ? examText.notAsked : `${value}%`);
  const table = page.getByTestId('before-after');
  await expect(table.getByRole('columnheader', { name: examText.before })).toBeVisible();
  const row = (figure: string) => table.locator(`tr[data-figure="${figure}"] td`);
  await expect(row('score').nth(0)).toHaveText(`${beforePercent}%`);
  await expect(row('score').nth(1)).toHaveText(t(examMessages, 'percent', { percent: 100 }));
  await expect(row('hits').nth(0)).toHaveText(shown(ratePercent(figures.hits)));
  await expect(row('hits').nth(1)).toHaveText(t(examMessages, 'percent', { percent: 100 }));
  await expect(row('hits').nth(2)).toHaveText(examText.readings.hits.good);
  await expect(row('falseAlarms').nth(0)).toHaveText(shown(ratePercent(figures.falseAlarms)));
  await expect(row('falseAlarms').nth(1)).toHaveText(t(examMessages, 'percent', { percent: 0 }));
  await expect(row('calibration').nth(0)).toHaveText(shown(ratePercent(figures.calibration)));
  await expect(row('calibration').nth(1)).toHaveText(t(examMessages, 'percent', { percent: 100 }));

  const byTopic = page.getByRole('table', { name: examText.byTopicTitle });
  await expect(byTopic.getByRole('columnheader', { name: examText.before })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the pre-check is skippable: lesson 1 offers it, and "Skip it" leads into the course', async ({ page }) => {
  await page.goto('/lessons/what-is-aliexpress/');
  await activate(page, page.getByRole('link', { name: lessonText.precheckLink }));
  await expect(page).toHaveURL('/pre-check/');
  await activate(page, page.getByRole('link', { name: precheckText.skip }));
  await expect(page).toHaveURL('/lessons/what-is-aliexpress/');
});
