import type { FrameLocator, Page } from '@playwright/test';
import { drawItems, examBlueprint } from '../lib/exam/draw';
import { getExamPool } from '../lib/exam/pool';
import { isGenuine } from '../lib/exam/score';
import type { ExamItem } from '../lib/exam/schema';
import { examText } from '../lib/i18n/en/exam';
import { activate, expect, markPart } from './fixtures';

/**
 * The exam's answers come from the pool itself (content/exam, validated as at build time), matched to the question
 * on screen by its data-item id: the tests follow the content instead of hard-coding answers.
 */
export const pool: ExamItem[] = getExamPool();
const byId = new Map(pool.map((item) => [item.id, item]));
const drawable = pool.map((item) => ({ id: item.id, topic: item.topic, type: item.type, genuine: isGenuine(item) }));

/** The ids the exam page draws for `seed` after attempts that showed `seen` (components/exam/exam.tsx). */
export const drawIds = (seed: number, seen: string[]) =>
  drawItems(drawable, { ...examBlueprint, seed, seen, exclude: [] }).map((item) => item.id);

/** The exam's page, or the frame it is embedded in. */
type Scope = Page | FrameLocator;

export const currentItem = (page: Scope) => page.locator('[data-item]');

export async function currentItemData(page: Scope): Promise<ExamItem> {
  const id = await currentItem(page).getAttribute('data-item');
  const item = byId.get(id ?? '');
  expect(item, `item ${id} is in the pool`).toBeDefined();
  return item!;
}

/** Answers the question on screen, rightly or wrongly, by click or tap; returns the item answered. */
export async function answerCurrent(page: Scope, right: boolean): Promise<ExamItem> {
  const item = await currentItemData(page);
  const question = currentItem(page);
  if (item.type === 'verdict') {
    // Wrong: a scam called safe, anything else called a scam (over-caution on genuine items).
    const choice = right ? item.answer : item.answer === 'scam' ? 'safe' : 'scam';
    await activate(page, question.getByLabel(examText.verdictChoice[choice], { exact: true }));
    await activate(page, question.getByLabel(examText.confidence.sure, { exact: true }));
    await activate(page, question.getByRole('button', { name: /Next question|See my result|Check my answer/ }));
  } else if (item.type === 'spotter') {
    const flags = item.spots.filter((spot) => spot.flag);
    if (right && flags.length === 0) {
      await activate(page, question.getByRole('button', { name: examText.spotterLooksSafe }));
    } else {
      // Wrong: on a scam say it looks safe; on a genuine artefact mark a normal part (over-caution).
      if (!right && flags.length > 0)
        return (await activate(page, question.getByRole('button', { name: examText.spotterLooksSafe })), item);
      const marks = right ? flags : [item.spots[0]!];
      for (const spot of marks) await markPart(page, question.locator(`button[data-part="${spot.id}"]`));
      await activate(page, question.getByRole('button', { name: examText.submitFlags }));
    }
  } else {
    const options = right ? item.options.filter((o) => o.correct) : [item.options.find((o) => !o.correct)!];
    for (const option of options) await activate(page, question.getByLabel(option.text, { exact: true }));
    await activate(page, question.getByRole('button', { name: /Next question|See my result|Check my answer/ }));
  }
  return item;
}

/** Answers a whole attempt; `right` decides per item (and position) whether to answer it rightly. */
export async function answerAttempt(
  page: Scope,
  count: number,
  right: (item: ExamItem, index: number) => boolean = () => true,
): Promise<ExamItem[]> {
  const answered: ExamItem[] = [];
  for (let i = 0; i < count; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${count}` })).toBeFocused();
    answered.push(await answerCurrent(page, right(await currentItemData(page), i)));
  }
  return answered;
}
