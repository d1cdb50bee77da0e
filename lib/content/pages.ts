import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleContent } from './bundle-mdx';
import { oncePerBuild } from './once-per-build';
import { LessonError, parseOrThrow } from './lesson-error';
import { remarkPageGuard } from './page-guard';
import { pageFrontmatterSchema, type PageFrontmatter } from './page-schema';

/** The site's prose pages (about, privacy…): one MDX file each, named as the route (content/pages/about.mdx). */
export const pagesDir = path.join(process.cwd(), 'content', 'pages');

export type CompiledPage = {
  name: string;
  /** Path relative to the project, as editors see it in error messages. */
  file: string;
  frontmatter: PageFrontmatter;
  /** The page body compiled to a function body; evaluated only on the server (RELIABILITY SEC-2). */
  code: string;
};

/** Reads, validates and compiles one page. Every problem is a LessonError naming the file and the field. */
export async function compilePage(name: string, dir = pagesDir, projectRoot = process.cwd()): Promise<CompiledPage> {
  const file = path.relative(projectRoot, path.join(dir, `${name}.mdx`));
  const source = await readFile(path.join(dir, `${name}.mdx`), 'utf8').catch(() => {
    throw new LessonError(file, `${name}.mdx`, 'no such page file');
  });
  const found: { error?: LessonError } = {};
  const result = await bundleContent({ source, cwd: dir, file, remarkPlugins: [remarkPageGuard({ file, found })], found });
  const frontmatter = parseOrThrow(pageFrontmatterSchema, result.frontmatter, file, 'frontmatter');
  return { name, file, frontmatter, code: result.code };
}

/** A page, compiled once per build process: a route asks for it twice (metadata, then the page). */
const compiledPage = oncePerBuild('scamwisePages', (name: string) => compilePage(name));
export const getPage = (name: string): Promise<CompiledPage> => compiledPage(name);
