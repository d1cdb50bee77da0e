import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LessonError, parseOrThrow } from '@/lib/content/lesson-error';
import { lessonsDir } from '@/lib/content/lessons-dir';
import { examItemSchema, type ExamItem } from './schema';
import { isGenuine } from './score';

/**
 * The exam item pool, read at build time (server only) and handed to the exam's client islands as props. Items are
 * data: one JSON file per topic in content/exam/, found by listing the folder, so a new topic needs no code. Every
 * item is validated with zod; a bad one fails the build naming the file, the item and the field, like a bad lesson.
 */
type PoolSource = { file: string; items: unknown[] };

/** Folder of the exam pool; overridable like the lessons folder. */
const examDir = process.env.SCAMWISE_EXAM_DIR ?? path.join(process.cwd(), 'content', 'exam');

/** Every `*.json` file in the pool folder, parsed but not yet validated. */
export function readPoolSources(dir: string = examDir): PoolSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.relative(process.cwd(), path.join(dir, name));
      let items: unknown;
      try {
        items = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      } catch (error) {
        throw new LessonError(file, 'JSON', (error as Error).message);
      }
      if (!Array.isArray(items)) throw new LessonError(file, 'items', 'must be a list of exam items');
      return { file, items };
    });
}

/**
 * The rules the draw relies on: enough items for a 16-item exam, an 8-item pre-check and retakes of unseen items
 * (issue 10: at least 60), and genuine items in every topic.
 */
export const poolRules = { minItems: 60, minPerTopic: 8, minGenuinePerTopic: 2 };

/** Lesson slugs from the lesson folders' names (NN-slug), without compiling the lessons. */
function lessonSlugs(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name.replace(/^\d{2}-/, '')),
  );
}

export function validatePool(sources: PoolSource[], slugs: Set<string>): ExamItem[] {
  const owners = new Map<string, string>();
  const pool = sources.flatMap(({ file, items }) =>
    items.map((raw, index) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const label = `items[${index}]${typeof id === 'string' ? `(${id})` : ''}`;
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
  cached ??= validatePool(readPoolSources(), lessonSlugs(path.resolve(lessonsDir)));
  return cached;
}
