import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { LessonError } from './lesson-error';

export type BundleOptions = {
  source: string;
  /** The folder relative imports would resolve from (lessons' pictures sit beside them). */
  cwd: string;
  /** Path relative to the project, for error messages. */
  file: string;
  /** The content's guard first: it checks the tree GFM produced. */
  remarkPlugins: PluggableList;
  rehypePlugins?: PluggableList;
  /** Where the guard left its own error: esbuild flattens plugin errors into text, so it is rethrown from here. */
  found: { error?: LessonError };
};

/** Compiles lesson or page MDX at build time; every failure is a LessonError naming the file (RELIABILITY CNT-3). */
export async function bundleContent({ source, cwd, file, remarkPlugins, rehypePlugins = [], found }: BundleOptions) {
  try {
    return await bundleMDX({
      source,
      cwd,
      mdxOptions(options) {
        // GFM gives editors tables, task lists and autolinks; the guard then checks the whole tree.
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, ...remarkPlugins];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), ...rehypePlugins];
        return options;
      },
      esbuildOptions(options) {
        // The compiled code runs only on the server at build time, so minifying it would only cost build time.
        options.minify = false;
        // Failures are rethrown below with the file and field named; esbuild's own console report would duplicate them.
        options.logLevel = 'silent';
        return options;
      },
    });
  } catch (error) {
    // Surface the guard's error unchanged and give any other failure the file name.
    if (found.error) throw found.error;
    throw new LessonError(file, 'MDX', (error as Error).message.split('\n').slice(0, 4).join(' '));
  }
}
