import { describe, expect, test } from 'vitest';
import {
  drawItems,
  examBlueprint,
  optionOrder,
  precheckBlueprint,
  seededRandom,
  seedFromQuery,
  type Blueprint,
  type Drawable,
  type DrawOptions,
} from './draw';
import { getExamPool } from './pool';
import { isGenuine } from './score';

const pool: Drawable[] = getExamPool().map((item) => ({
  id: item.id,
  topic: item.topic,
  type: item.type,
  genuine: isGenuine(item),
}));
const topics = [...new Set(pool.map((item) => item.topic))];
const types = [...new Set(pool.map((item) => item.type))];
const exam = (seed: number, options: Partial<DrawOptions> = {}) =>
  drawItems(pool, { ...examBlueprint, seed, ...options });
const seeds = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);
const ids = (items: readonly Drawable[]) => items.map((item) => item.id);

/** Checks one form against the blueprint: size, no repeats, every topic in equal shares, every type, genuine items. */
function expectBlueprint(drawn: Drawable[], blueprint: Blueprint, label: string) {
  expect(drawn, label).toHaveLength(blueprint.size);
  expect(new Set(ids(drawn)).size, label).toBe(blueprint.size);
  const perTopic = topics.map((topic) => drawn.filter((item) => item.topic === topic).length);
  expect(Math.min(...perTopic), label).toBeGreaterThanOrEqual(1);
  expect(Math.max(...perTopic) - Math.min(...perTopic), label).toBeLessThanOrEqual(1);
  expect(new Set(drawn.map((item) => item.type)), label).toEqual(new Set(types));
  expect(drawn.filter((item) => item.genuine).length, label).toBeGreaterThanOrEqual(blueprint.minGenuine);
}

describe('the blueprint on the real pool', () => {
  test('the exam is 16 items with at least 6 genuine; the pre-check is the same blueprint at 8 items', () => {
    expect(examBlueprint).toEqual({ size: 16, minGenuine: 6 });
    expect(precheckBlueprint.size).toBe(examBlueprint.size / 2);
    expect(precheckBlueprint.minGenuine / precheckBlueprint.size).toBeCloseTo(
      examBlueprint.minGenuine / examBlueprint.size,
      1,
    );
  });

  test('over 200 seeds: every exam and pre-check fits the blueprint (every topic, every type, genuine items)', () => {
    for (const seed of seeds) {
      expectBlueprint(exam(seed), examBlueprint, `exam, seed ${seed}`);
      expectBlueprint(drawItems(pool, { ...precheckBlueprint, seed }), precheckBlueprint, `pre-check, seed ${seed}`);
    }
  });

  test('the same seed gives the same draw (reproducible), different seeds give different draws', () => {
    expect(ids(exam(42))).toEqual(ids(exam(42)));
    expect(ids(exam(42))).not.toEqual(ids(exam(43)));
  });

  test('parallel forms: the exam never shares an item with the pre-check, over 200 seeds', () => {
    for (const seed of seeds) {
      const precheck = drawItems(pool, { ...precheckBlueprint, seed });
      const drawn = exam(seed + 1, { exclude: ids(precheck) });
      expect(
        ids(drawn).filter((id) => ids(precheck).includes(id)),
        `seed ${seed}`,
      ).toEqual([]);
      expectBlueprint(drawn, examBlueprint, `exam after pre-check, seed ${seed}`);
    }
  });

  test('retakes draw unseen items: pre-check, then three exams, with no item twice while unseen ones fit', () => {
    for (const seed of seeds.slice(0, 50)) {
      const precheck = ids(drawItems(pool, { ...precheckBlueprint, seed }));
      const seen: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const drawn = ids(exam(seed + attempt, { seen, exclude: precheck }));
        expect(
          drawn.filter((id) => seen.includes(id)),
          `seed ${seed}, attempt ${attempt + 1}`,
        ).toEqual([]);
        seen.push(...drawn);
      }
    }
  });

  test('once the pool is used up, the items seen longest ago come back first', () => {
    const seen: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) seen.push(...ids(exam(attempt, { seen })));
    const unseen = pool.filter((item) => !seen.includes(item.id));
    const next = ids(exam(99, { seen }));
    // Every never-seen item the blueprint can use is drawn before any repeat.
    expect(next.filter((id) => unseen.some((item) => item.id === id)).length).toBeGreaterThanOrEqual(
      Math.min(unseen.length, 1),
    );
    const lastAttempt = seen.slice(-examBlueprint.size);
    expect(next.filter((id) => lastAttempt.includes(id)).length).toBeLessThan(examBlueprint.size / 2);
  });
});

describe('drawItems on small pools', () => {
  const item = (id: string, topic: string, genuine = false, type = 'question'): Drawable => ({
    id,
    topic,
    genuine,
    type,
  });

  test('no repeats until the pool is exhausted: a 12-item pool drawn 4 at a time repeats nothing in 3 draws', () => {
    const twelve = ['a', 'b'].flatMap((topic) =>
      [1, 2, 3, 4, 5, 6].map((n) => item(`${topic}${n}`, topic, n % 2 === 0)),
    );
    for (let seed = 0; seed < 30; seed++) {
      const seen: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const drawn = ids(drawItems(twelve, { size: 4, minGenuine: 2, seed: seed * 10 + attempt, seen }));
        expect(drawn.filter((id) => seen.includes(id))).toEqual([]);
        seen.push(...drawn);
      }
      expect(new Set(seen).size).toBe(12);
      // The fourth draw must repeat: it takes the four seen longest ago where the blueprint allows.
      const fourth = ids(drawItems(twelve, { size: 4, minGenuine: 2, seed, seen }));
      expect(fourth.filter((id) => seen.slice(0, 4).includes(id)).length).toBeGreaterThanOrEqual(2);
    }
  });

  test('excluded items are used only when the pool cannot fill the form without them', () => {
    const small = [item('a1', 'a'), item('a2', 'a'), item('b1', 'b')];
    expect(ids(drawItems(small, { size: 2, minGenuine: 0, seed: 1, exclude: ['a1'] })).sort()).toEqual(['a2', 'b1']);
    expect(ids(drawItems(small, { size: 4, minGenuine: 0, seed: 1, exclude: ['a1', 'a2', 'b1'] })).sort()).toEqual([
      'a1',
      'a2',
      'b1',
    ]);
  });

  test('an uneven size gives each topic its share, the extra ones to different topics', () => {
    const many = ['a', 'b', 'c'].flatMap((topic) => [1, 2, 3, 4].map((n) => item(`${topic}${n}`, topic)));
    const drawn = drawItems(many, { size: 5, minGenuine: 0, seed: 3 });
    const counts = ['a', 'b', 'c'].map((topic) => drawn.filter((i) => i.topic === topic).length).sort();
    expect(counts).toEqual([1, 2, 2]);
  });

  test('swaps in a genuine item from the same topic when the random picks have too few', () => {
    const skewed = [item('a1', 'a'), item('a2', 'a'), item('a3', 'a', true), item('b1', 'b'), item('b2', 'b')];
    for (let seed = 0; seed < 20; seed++) {
      const drawn = drawItems(skewed, { size: 2, seed, minGenuine: 1 });
      expect(ids(drawn)).toContain('a3');
      expect(drawn.filter((i) => i.topic === 'a')).toHaveLength(1);
    }
  });
});

describe('seeds', () => {
  test('seededRandom is deterministic and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  test('seedFromQuery accepts only up to nine digits (CNT-5 allowlist)', () => {
    expect(seedFromQuery('?seed=12345')).toBe(12345);
    for (const bad of [
      '?seed=-1',
      '?seed=1e9',
      '?seed=__proto__',
      '?seed=1234567890',
      '?seed=',
      `?seed=${'9'.repeat(10_000)}`,
      '',
    ]) {
      expect(seedFromQuery(bad), bad).toBeUndefined();
    }
  });
});

test('optionOrder is stable per item and does not always put the authored first option first', () => {
  const options = ['a', 'b', 'c', 'd'];
  expect(optionOrder('item-1', options)).toEqual(optionOrder('item-1', options));
  expect(optionOrder('item-1', options).sort()).toEqual(options);
  const firsts = new Set(getExamPool().map((item) => optionOrder(item.id, options)[0]));
  expect(firsts.size).toBeGreaterThan(1);
});
