import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileLesson, parseLessonFolder, type CompiledLesson } from './compile-lesson';
import { LessonError } from './lesson-error';

// Each compile runs esbuild: well under a second alone, several seconds on a busy two-core CI runner.
const slow = { timeout: 30_000 };

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'lib/content/fixtures');

/** The path an editor sees in the error message, relative to the project. */
const fileOf = (dir: string) => path.join('lib/content/fixtures', dir, 'index.mdx');

async function compileError(dir: string): Promise<LessonError> {
  const error: unknown = await compileLesson(path.join(fixtures, dir), projectRoot).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LessonError);
  return error as LessonError;
}

describe('a valid lesson', slow, () => {
  let lesson: CompiledLesson;
  beforeAll(async () => {
    lesson = await compileLesson(path.join(fixtures, 'valid/01-sample'), projectRoot);
  }, slow.timeout);

  test('compiles to code with its frontmatter, table of contents, quizzes and word count', () => {
    expect(lesson.slug).toBe('sample');
    expect(lesson.file).toBe(fileOf('valid/01-sample'));
    expect(lesson.frontmatter).toMatchObject({ title: 'A sample lesson for the tests', order: 1, lastReviewed: '2026-11-25' });
    expect(typeof lesson.code).toBe('string');
    expect(lesson.code.length).toBeGreaterThan(0);
    expect(lesson.toc).toEqual([
      { id: 'how-an-order-works', title: 'How an order works' },
      { id: 'talking-to-the-seller', title: 'Talking to the seller' },
      { id: 'check-your-understanding', title: 'Check your understanding' },
    ]);
    expect(lesson.quizzes).toHaveLength(1);
    expect(lesson.quizzes[0]!.id).toBe('sample-quiz');
    expect(lesson.quizzes[0]!.questions.map((q) => q.id)).toEqual(['who-ships', 'what-releases-money']);
    expect(lesson.quizzes[0]!.questions[1]).toMatchObject({ kind: 'multiple', scenario: 'Your parcel has not arrived yet.' });
    expect(lesson.wordCount).toBeGreaterThan(0);
  });

  test('computes the reading time from words and exercises, ignoring the typed "minutes: 3" (issue 11)', () => {
    // 2 questions × 0.5 min + 1 red-flag exercise × 1.5 min + the prose at 200 words a minute.
    expect(lesson.frontmatter.minutes).toBe(Math.max(1, Math.round(lesson.wordCount / 200 + 2 * 0.5 + 1.5)));
  });

  test('publishes the Figure picture as a file named by its content, with its size, without comments', () => {
    expect(lesson.figures).toHaveLength(1);
    const [figure] = lesson.figures;
    expect(figure!.src).toMatch(/^\/figures\/[0-9a-f]{16}\.svg$/);
    expect(figure!.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(figure!.svg).not.toContain('<!--');
    expect(figure).toMatchObject({ width: 200, height: 100 });
    // The page points at the file and keeps the picture's room; the picture itself is not in the page.
    expect(lesson.code).toContain(figure!.src);
    expect(lesson.code).toMatch(/width: "200"[\s\S]*height: "100"|height: "100"[\s\S]*width: "200"/);
    expect(lesson.code).not.toContain('data:image/svg+xml');
    expect(lesson.code).not.toContain('order-flow.svg');
  });

  test('records the Spotter with its validated artefact and spots', () => {
    expect(lesson.spotters).toHaveLength(1);
    expect(lesson.spotters[0]).toMatchObject({ id: 'sample-spotter', artefact: { kind: 'email' } });
    expect(lesson.spotters[0]!.spots.map((spot) => [spot.id, spot.flag])).toEqual([
      ['from', true],
      ['fee', true],
      ['sign-off', false],
    ]);
    expect(lesson.components.Spotter).toBe(1);
  });

  test('does not count the quiz data as prose words', () => {
    // The fixture has 87 words of prose (headings included); its quiz and Spotter data would add about 130 more.
    expect(lesson.wordCount).toBe(87);
  });
});

describe('a broken lesson fails with a LessonError naming the file and the field', slow, () => {
  const cases: { name: string; dir: string; field: string; detail: RegExp }[] = [
    { name: 'a missing title', dir: 'missing-title/01-missing-title', field: 'frontmatter.title', detail: /expected string/ },
    { name: 'lastReviewed written 25/11/2026', dir: 'bad-date/01-bad-date', field: 'frontmatter.lastReviewed', detail: /YYYY-MM-DD/ },
    { name: 'an order that does not match the folder number', dir: 'wrong-order/02-wrong-order', field: 'frontmatter.order', detail: /is 1 but the folder name says 2/ },
    {
      name: 'a quiz option without an explanation',
      dir: 'option-without-explanation/01-option-without-explanation',
      field: 'Quiz(sample-quiz).questions[0].options[1].explanation',
      detail: /expected string/,
    },
    {
      name: 'a "single" question with two correct options',
      dir: 'single-two-correct/01-single-two-correct',
      field: 'Quiz(sample-quiz).questions[0].options',
      detail: /exactly one correct option, found 2/,
    },
    {
      name: 'a duplicate question id',
      dir: 'duplicate-question-id/01-duplicate-question-id',
      field: 'Quiz(sample-quiz).questions[1].id',
      detail: /duplicate question id "who-ships"/,
    },
    { name: 'an id that is not kebab-case', dir: 'non-kebab-id/01-non-kebab-id', field: 'Quiz(sample-quiz).questions[0].id', detail: /kebab-case/ },
    { name: 'CNT-1: `export const x = 1`', dir: 'export/01-export', field: 'import/export', detail: /may not import or export/ },
    { name: 'CNT-1: `{process.env.SECRET}`', dir: 'expression/01-expression', field: '{process.env.SECRET}', detail: /may not contain \{expressions\}/ },
    { name: 'CNT-1: an unknown component `<Script />`', dir: 'unknown-component/01-unknown-component', field: '<Script>', detail: /unknown component/ },
    { name: "CNT-1: `import fs from 'fs'`", dir: 'import/01-import', field: 'import/export', detail: /may not import or export/ },
    { name: 'CNT-1: a spread prop', dir: 'spread-prop/01-spread-prop', field: '<Callout>', detail: /spread props/ },
    {
      name: 'CNT-1: a non-literal prop `questions={makeQuestions()}`',
      dir: 'non-literal-prop/01-non-literal-prop',
      field: 'Quiz.questions',
      detail: /only literal data is allowed here, found a CallExpression/,
    },
    {
      name: 'a Spotter spot that points at a part its artefact does not have',
      dir: 'spotter-unknown-part/01-spotter-unknown-part',
      field: 'Spotter(sample-spotter).spots[2].id',
      detail: /no part "reply-link" in this email; its parts are from, subject, fee, sign-off, button/,
    },
    {
      name: 'CNT-3: a Spotter artefact with a real domain in a link',
      dir: 'spotter-live-url/01-spotter-live-url',
      field: 'Spotter(sample-spotter).artefact.button.url',
      detail: /must use a reserved domain/,
    },
    { name: 'a Figure pointing at a missing file', dir: 'missing-figure/01-missing-figure', field: 'Figure.src', detail: /no file "missing.svg"/ },
    { name: 'an SVG containing <script>', dir: 'svg-script/01-svg-script', field: 'Figure.src', detail: /contains scripts/ },
    { name: 'an SVG without a viewBox', dir: 'svg-no-viewbox/01-svg-no-viewbox', field: 'Figure.src', detail: /needs a viewBox/ },
    { name: 'a folder name without NN-', dir: 'folder-without-number/sample-lesson', field: 'folder name', detail: /must look like NN-slug/ },
  ];

  test.each(cases)('$name is refused', async ({ dir, field, detail }) => {
    const error = await compileError(path.join('broken', dir));
    const file = fileOf(path.join('broken', dir));

    expect(error.file).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(file)).toBe(true);
    expect(error.message).toContain(`: ${field}: `);
    expect(error.message).toMatch(detail);
  });

  test('a guard error carries the line of the offending node', async () => {
    const error = await compileError('broken/unknown-component/01-unknown-component');
    // `<Script />` sits on line 20 of the fixture.
    expect(error.message.startsWith(`${fileOf('broken/unknown-component/01-unknown-component')}:20: `)).toBe(true);
  });
});

describe('parseLessonFolder', () => {
  test('splits NN-slug into the order and the slug', () => {
    expect(parseLessonFolder('03-choosing-sellers', 'x/index.mdx')).toEqual({ order: 3, slug: 'choosing-sellers' });
  });

  test.each(['3-choosing-sellers', '03_choosing', '03-Choosing', '03-choosing--sellers', 'choosing-sellers'])(
    'refuses the folder name %s',
    (folder) => {
      expect(() => parseLessonFolder(folder, 'x/index.mdx')).toThrow(LessonError);
    },
  );
});
