import { readdirSync } from 'node:fs';
import path from 'node:path';
import { items as choosingSellers } from '@/content/exam/choosing-sellers';
import { items as commonScams } from '@/content/exam/common-scams';
import { items as isItSafe } from '@/content/exam/is-it-safe';
import { items as payingSafely } from '@/content/exam/paying-safely';
import { items as whenThingsGoWrong } from '@/content/exam/when-things-go-wrong';
import { LessonError, parseOrThrow } from '@/lib/content/lesson-error';
import { lessonsDir } from '@/lib/content/lessons-dir';
import { examItemSchema, type ExamItem, type ExamItemInput } from './schema';
import { isGenuine } from './score';

/**
 * The exam item pool, read at build time (server only) and handed to the exam's client islands as props. Every item
 * is validated with zod; a bad one fails the build naming the file, the item and the field, like a bad lesson.
 */
export const poolSources: { file: string; items: ExamItemInput[] }[] = [
  { file: 'content/exam/is-it-safe.ts', items: isItSafe },
  { file: 'content/exam/choosing-sellers.ts', items: choosingSellers },
  { file: 'content/exam/paying-safely.ts', items: payingSafely },
  { file: 'content/exam/common-scams.ts', items: commonScams },
  { file: 'content/exam/when-things-go-wrong.ts', items: whenThingsGoWrong },
];

/** The rules the draw relies on: enough items, and genuine items in every topic. */
export const poolRules = { minItems: 24, minPerTopic: 4, minGenuinePerTopic: 1 };

/** Lesson slugs from the lesson folders' names (NN-slug), without compiling the lessons. */
function lessonSlugs(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name.replace(/^\d{2}-/, '')),
  );
}

export function validatePool(sources: typeof poolSources, slugs: Set<string>): ExamItem[] {
  const owners = new Map<string, string>();
  const pool = sources.flatMap(({ file, items }) =>
    items.map((raw, index) => {
      const label = `items[${index}]${typeof raw?.id === 'string' ? `(${raw.id})` : ''}`;
      const item = parseOrThrow(examItemSchema, raw, file, label);
      if (!slugs.has(item.topic)) {
        throw new LessonError(
          file,
          `${label}.topic`,
          `"${item.topic}" is not a lesson slug; use one of ${[...slugs].join(', ')}`,
        );
      }
      const owner = owners.get(item.id);
      if (owner)
        throw new LessonError(
          file,
          `${label}.id`,
          `already used in ${owner}; item ids are progress keys and must be unique`,
        );
      owners.set(item.id, file);
      return item;
    }),
  );

  const where = sources.map((s) => s.file).join(', ');
  if (pool.length < poolRules.minItems)
    throw new LessonError(where, 'exam pool', `has ${pool.length} items; at least ${poolRules.minItems} needed`);
  for (const topic of new Set(pool.map((item) => item.topic))) {
    const items = pool.filter((item) => item.topic === topic);
    if (items.length < poolRules.minPerTopic || items.filter(isGenuine).length < poolRules.minGenuinePerTopic) {
      throw new LessonError(
        where,
        `topic ${topic}`,
        `needs at least ${poolRules.minPerTopic} items, ${poolRules.minGenuinePerTopic} of them genuine ("looks safe"), so every draw can be balanced`,
      );
    }
  }
  return pool;
}

let cached: ExamItem[] | undefined;

/** The validated pool, once per build process. */
export function getExamPool(): ExamItem[] {
  cached ??= validatePool(poolSources, lessonSlugs(path.resolve(lessonsDir)));
  return cached;
}
