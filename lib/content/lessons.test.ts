import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LessonError } from './lesson-error';
import { getCourse, summarise } from './lessons';

// getCourse compiles each lesson relative to process.cwd(), which vitest sets to the project root.
const fixtures = path.join(import.meta.dirname, 'fixtures');
const relative = (...parts: string[]) => path.relative(process.cwd(), path.join(fixtures, ...parts));

async function courseError(dir: string): Promise<LessonError> {
  const error: unknown = await getCourse(path.join(fixtures, dir)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LessonError);
  return error as LessonError;
}

// Compiling a course runs esbuild per lesson: several seconds on a busy two-core CI runner.
describe('getCourse', { timeout: 30_000 }, () => {
  test('returns the lessons of a course folder in order, numbered 1..n', async () => {
    const course = await getCourse(path.join(fixtures, 'course'));

    expect(course.map((lesson) => [lesson.frontmatter.order, lesson.slug])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'third'],
    ]);
    expect(course.map(summarise)).toEqual([
      expect.objectContaining({ slug: 'first', order: 1, quizzes: [{ id: 'first-quiz', questionIds: ['who-ships'] }] }),
      expect.objectContaining({ slug: 'second', order: 2, quizzes: [{ id: 'second-quiz', questionIds: ['who-ships'] }] }),
      expect.objectContaining({ slug: 'third', order: 3, quizzes: [] }),
    ]);
  });

  test('a gap in the numbering fails on the lesson after the gap', async () => {
    const error = await courseError('course-gap');

    expect(error.file).toBe(relative('course-gap', '03-third', 'index.mdx'));
    expect(error.field).toBe('frontmatter.order');
    expect(error.message).toContain('expected 2');
  });

  test('a quiz id reused in a second lesson fails naming the second file and the first', async () => {
    const error = await courseError('course-duplicate-quiz');
    const first = relative('course-duplicate-quiz', '01-first', 'index.mdx');
    const second = relative('course-duplicate-quiz', '02-second', 'index.mdx');

    expect(error.file).toBe(second);
    expect(error.field).toBe('Quiz(shared-quiz).id');
    expect(error.message.startsWith(`${second}: Quiz(shared-quiz).id: `)).toBe(true);
    expect(error.message).toContain(`already used in ${first}`);
  });
});
