import { describe, expect, test } from 'vitest';
import { drawItems, optionOrder, seededRandom, seedFromQuery, type Drawable } from './draw';
import { getExamPool } from './pool';
import { isGenuine } from './score';

const pool: Drawable[] = getExamPool().map((item) => ({
  id: item.id,
  topic: item.topic,
  type: item.type,
  genuine: isGenuine(item),
}));
const topics = [...new Set(pool.map((item) => item.topic))];
const exam = (seed: number, avoid: string[] = []) => drawItems(pool, { size: 10, seed, avoid, minGenuine: 2 });
const seeds = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);

describe('drawItems on the real pool (10 items, as the exam draws)', () => {
  test.each(seeds.slice(0, 5))('seed %i: ten distinct items, two from each topic', (seed) => {
    const drawn = exam(seed);
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn.map((item) => item.id)).size).toBe(10);
    for (const topic of topics) expect(drawn.filter((item) => item.topic === topic)).toHaveLength(10 / topics.length);
  });

  test('over 200 seeds: never a repeat, always balanced, at least two genuine items and every kind of item', () => {
    for (const seed of seeds) {
      const drawn = exam(seed);
      const perTopic = topics.map((topic) => drawn.filter((item) => item.topic === topic).length);
      expect(new Set(drawn.map((item) => item.id)).size, `seed ${seed}`).toBe(10);
      expect(Math.max(...perTopic) - Math.min(...perTopic), `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(drawn.filter((item) => item.genuine).length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      expect(new Set(drawn.map((item) => item.type)), `seed ${seed}`).toEqual(
        new Set(['verdict', 'spotter', 'question']),
      );
    }
  });

  test('the same seed gives the same draw (reproducible), different seeds give different draws', () => {
    expect(exam(42).map((i) => i.id)).toEqual(exam(42).map((i) => i.id));
    const distinct = new Set(
      seeds.map((seed) =>
        exam(seed)
          .map((i) => i.id)
          .sort()
          .join(),
      ),
    );
    expect(distinct.size).toBeGreaterThan(seeds.length * 0.9);
  });

  test('a retake that avoids the last attempt shares no item with it, even with the same seed', () => {
    for (const seed of seeds.slice(0, 50)) {
      const first = exam(seed).map((item) => item.id);
      const retake = exam(seed, first).map((item) => item.id);
      expect(
        retake.filter((id) => first.includes(id)),
        `seed ${seed}`,
      ).toEqual([]);
      expect(retake).toHaveLength(10);
    }
  });

  test('the pre-check draw: five items, one per topic, at least one genuine', () => {
    for (const seed of seeds.slice(0, 50)) {
      const drawn = drawItems(pool, { size: 5, seed, minGenuine: 1 });
      expect(new Set(drawn.map((item) => item.topic)).size).toBe(5);
      expect(drawn.some((item) => item.genuine)).toBe(true);
    }
  });
});

describe('drawItems on small pools', () => {
  const item = (id: string, topic: string, genuine = false, type = 'question'): Drawable => ({
    id,
    topic,
    genuine,
    type,
  });

  test('uses avoided items only when nothing else is left, and never more items than the pool has', () => {
    const small = [item('a1', 'a'), item('a2', 'a'), item('b1', 'b')];
    const drawn = drawItems(small, { size: 4, seed: 1, avoid: ['a1', 'a2', 'b1'] });
    expect(drawn.map((i) => i.id).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  test('an uneven size gives each topic its share, the extra ones to different topics', () => {
    const many = ['a', 'b', 'c'].flatMap((topic) => [1, 2, 3, 4].map((n) => item(`${topic}${n}`, topic)));
    const drawn = drawItems(many, { size: 5, seed: 3 });
    const counts = ['a', 'b', 'c'].map((topic) => drawn.filter((i) => i.topic === topic).length).sort();
    expect(counts).toEqual([1, 2, 2]);
  });

  test('swaps in a genuine item from the same topic when the random picks have too few', () => {
    const skewed = [item('a1', 'a'), item('a2', 'a'), item('a3', 'a', true), item('b1', 'b'), item('b2', 'b')];
    for (let seed = 0; seed < 20; seed++) {
      const drawn = drawItems(skewed, { size: 2, seed, minGenuine: 1 });
      expect(drawn.map((i) => i.id)).toContain('a3');
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
