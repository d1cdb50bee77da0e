import path from 'node:path';
import { build } from 'esbuild';

/**
 * One of our small scripts that run on other people's pages (the embed host script, the SCORM launch script), built
 * the same way: one minified IIFE for older browsers, no dependencies, with its licence line kept.
 */
export async function browserBundle(entry: string, banner: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2018',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    banner: { js: banner },
  });
  return result.outputFiles[0]!.text;
}
