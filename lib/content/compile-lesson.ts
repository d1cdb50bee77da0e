import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cached, hashOf } from '@/lib/build-cache';
import rehypeSlug from 'rehype-slug';
import { bundleContent } from './bundle-mdx';
import { LessonError, parseOrThrow } from './lesson-error';
import { remarkLessonGuard, type LessonFacts } from './lesson-guard';
import { readingMinutes } from './reading-time';
import { rehypeCollectToc, type TocEntry } from './rehype-toc';
import type { SpotterProps } from './artefact-schema';
import type { PublishedFigure } from './figures';
import { frontmatterSchema, type Frontmatter, type QuizData } from './schema';

export type CompiledLesson = {
  slug: string;
  /** Path relative to the project, as editors see it in error messages. */
  file: string;
  frontmatter: Frontmatter;
  /** The lesson compiled to a function body; evaluated only on the server (RELIABILITY SEC-2). */
  code: string;
  toc: TocEntry[];
  quizzes: QuizData[];
  spotters: SpotterProps[];
  wordCount: number;
  components: Record<string, number>;
  /** Its pictures, written under public/figures/ by scripts/compile-course.ts before `next build`. */
  figures: PublishedFigure[];
};

const folderPattern = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Splits `03-choosing-sellers` into order 3 and slug `choosing-sellers`, or explains what is wrong. */
export function parseLessonFolder(folder: string, file: string): { order: number; slug: string } {
  const match = folderPattern.exec(folder);
  if (!match) throw new LessonError(file, 'folder name', `"${folder}" must look like NN-slug, e.g. 03-choosing-sellers`);
  return { order: Number(match[1]), slug: match[2]! };
}

/** What every compiled lesson also depends on: our compiler's code and every package version. Hashed once. */
let compilerHash: string | undefined;
const compiler = (projectRoot: string) =>
  (compilerHash ??= hashOf({ dir: path.join(projectRoot, 'lib', 'content') }, { file: path.join(projectRoot, 'package-lock.json') }));

/**
 * Reads, validates and compiles one lesson folder. Every problem is a LessonError naming the file and field.
 * A lesson is compiled once, then served from the build cache (lib/build-cache.ts) until its folder, our compiler
 * or a package changes: in the next build, and in every build worker that needs it (issue 13: marginal build cost).
 * Failures are never cached, so a broken lesson reports its error on every build.
 */
export async function compileLesson(dir: string, projectRoot = process.cwd()): Promise<CompiledLesson> {
  let key: string;
  try {
    key = hashOf(compiler(projectRoot), path.relative(projectRoot, dir), { dir });
  } catch {
    // An unreadable folder: let the compiler explain what is wrong with it.
    return compileUncached(dir, projectRoot);
  }
  const json = await cached('lessons', key, async () =>
    Buffer.from(JSON.stringify(await compileUncached(dir, projectRoot))),
  );
  return JSON.parse(json.toString('utf8')) as CompiledLesson;
}

async function compileUncached(dir: string, projectRoot: string): Promise<CompiledLesson> {
  const absolute = path.join(dir, 'index.mdx');
  const file = path.relative(projectRoot, absolute);
  const { order, slug } = parseLessonFolder(path.basename(dir), file);
  const source = await readFile(absolute, 'utf8').catch(() => {
    throw new LessonError(file, 'index.mdx', 'the lesson folder has no index.mdx');
  });

  const facts: LessonFacts = { quizzes: [], spotters: [], wordCount: 0, components: {}, figures: [] };
  const toc: TocEntry[] = [];
  const result = await bundleContent({
    source,
    cwd: dir,
    file,
    remarkPlugins: [remarkLessonGuard({ file, dir, facts })],
    rehypePlugins: [rehypeSlug, rehypeCollectToc(toc)],
    found: facts,
  });

  const written = parseOrThrow(frontmatterSchema, result.frontmatter, file, 'frontmatter');
  // Issue 11: reading time is computed from the lesson; a typed `minutes` is overridden.
  const questions = facts.quizzes.reduce((n, quiz) => n + quiz.questions.length, 0);
  const minutes = readingMinutes({ words: facts.wordCount, questions, spotters: facts.spotters.length });
  const frontmatter: Frontmatter = { ...written, minutes };
  if (frontmatter.order !== order) {
    throw new LessonError(file, 'frontmatter.order', `is ${frontmatter.order} but the folder name says ${order}`);
  }
  return {
    slug,
    file,
    frontmatter,
    code: result.code,
    toc,
    quizzes: facts.quizzes,
    spotters: facts.spotters,
    wordCount: facts.wordCount,
    components: facts.components,
    figures: facts.figures,
  };
}
