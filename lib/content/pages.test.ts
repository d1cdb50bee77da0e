import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageComponents, pageIslandNames } from '@/components/mdx/page-registry';
import { LessonError } from './lesson-error';
import { pageComponentRules } from './page-schema';
import { compilePage } from './pages';

// Each compile runs esbuild: well under a second alone, several seconds on a busy two-core CI runner.
const slow = { timeout: 30_000 };

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'lib/content/fixtures/pages');

async function compileError(name: string): Promise<LessonError> {
  const error: unknown = await compilePage(name, fixtures, projectRoot).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LessonError);
  return error as LessonError;
}

describe('site pages (content/pages)', slow, () => {
  test('a valid page compiles with its frontmatter', async () => {
    const page = await compilePage('valid', fixtures, projectRoot);
    expect(page.file).toBe('lib/content/fixtures/pages/valid.mdx');
    expect(page.frontmatter).toEqual({
      title: 'A sample page for the tests',
      description: "A page with every kind of part a site page may use, for the page compiler's unit test.",
      intro: 'The lead paragraph under the heading.',
    });
    expect(page.code).toContain('The first part');
  });

  test.each([
    ['missing-description', 'frontmatter.description'],
    ['long-title', 'frontmatter.title'],
    ['unknown-field', 'frontmatter'],
    ['bad-section-id', 'Section.id'],
    ['unknown-component', '<Quiz>'],
    ['expression', '{2 + 2}'],
  ])('%s fails naming the file and %s', async (name, field) => {
    const error = await compileError(name);
    expect(error.file).toBe(`lib/content/fixtures/pages/${name}.mdx`);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`lib/content/fixtures/pages/${name}.mdx`);
  });

  test('an unknown frontmatter field is named in the message', async () => {
    expect((await compileError('unknown-field')).message).toContain('sumary');
  });

  test('a missing page file is named', async () => {
    expect((await compileError('no-such-page')).field).toBe('no-such-page.mdx');
  });

  test('every real page compiles', async () => {
    for (const name of ['about', 'accessibility', 'privacy', 'progress', 'publishers']) {
      await expect(compilePage(name)).resolves.toMatchObject({ name });
    }
  });

  test('the page registry offers exactly the components the page schema validates', () => {
    expect([...Object.keys(pageComponents), ...pageIslandNames].sort()).toEqual(Object.keys(pageComponentRules).sort());
  });
});
