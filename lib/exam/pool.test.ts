import { describe, expect, test } from 'vitest';
import { LessonError } from '@/lib/content/lesson-error';
import { getExamPool, poolRules, readPoolSources, validatePool } from './pool';
import type { ExamItemInput } from './schema';
import { isGenuine } from './score';

const poolSources = readPoolSources();

const slugs = new Set(['is-it-safe', 'choosing-sellers', 'paying-safely', 'common-scams', 'when-things-go-wrong']);

describe('the exam pool', () => {
  test('the real pool validates: at least 60 items, every topic with genuine items and every kind of item', () => {
    const pool = getExamPool();
    expect(pool.length).toBeGreaterThanOrEqual(poolRules.minItems);
    for (const topic of slugs) {
      const items = pool.filter((item) => item.topic === topic);
      expect(items.filter(isGenuine).length, topic).toBeGreaterThanOrEqual(2);
      expect(new Set(items.map((item) => item.type)), topic).toEqual(new Set(['verdict', 'spotter', 'question']));
    }
  });

  test('a broken item fails naming the file, the item and the field', () => {
    const sources = [...poolSources.slice(1), ...readPoolSources('lib/exam/fixtures')];
    const error = (() => {
      try {
        validatePool(sources, slugs);
      } catch (e) {
        return e;
      }
    })() as LessonError;
    expect(error).toBeInstanceOf(LessonError);
    expect(error.message).toBe(
      'lib/exam/fixtures/broken-pool.json: items[0](spot-broken-link).artefact.messages[0].link: must use a reserved domain (.example, .test, .invalid or example.com/.net/.org), never a real one',
    );
  });

  test('an unknown topic and a reused id are refused', () => {
    const item = poolSources[0]!.items[0] as ExamItemInput;
    const unknown: ExamItemInput = { ...item, topic: 'no-such-lesson' };
    expect(() => validatePool([{ file: 'x.ts', items: [unknown] }], slugs)).toThrow(
      /x\.ts: items\[0\]\(.+\)\.topic: "no-such-lesson" is not a lesson slug/,
    );
    expect(() => validatePool([{ file: 'x.ts', items: [item, item] }], slugs)).toThrow(
      /items\[1\]\(.+\)\.id: already used in x\.ts/,
    );
  });

  test('a pool too small to draw from fails as a whole', () => {
    expect(() => validatePool([poolSources[0]!], slugs)).toThrow(/has \d+ items; at least 60 needed/);
  });
});
