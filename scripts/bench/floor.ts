/**
 * The floor every route is measured against: a fresh Next app with one bare page and nothing of ours, generated in
 * a temporary folder and built with the Next and React in our node_modules, so the figure is the framework's own.
 * The same app with many more bare pages gives Next's own build cost per exported page, the share of a lesson's
 * build cost (one lesson exports several pages) that is the framework's and no code of ours can remove.
 *   npx tsx scripts/bench/floor.ts   → prints the floor's first-load JS (modern browsers, gzip) and that page cost
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageWeight } from '../page-weight';

/** The whole app, as create-next-app's minimum: a root layout and a page. Static export on every core, as ours. */
const app: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-floor', private: true, type: 'module' }),
  // node_modules is a link to ours, so Turbopack's root must contain both the app and the linked files.
  'next.config.mjs':
    "import os from 'node:os';\n" +
    "export default { output: 'export', trailingSlash: true, turbopack: { root: '/' }, experimental: { cpus: os.availableParallelism() } };\n",
  'app/layout.js':
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.js': 'export default function Page() {\n  return <p>Floor</p>;\n}\n',
};

/** `count` more bare pages, /p/0/ to /p/<count - 1>/, exported from one dynamic route as our lessons are. */
const manyPages = (count: number): Record<string, string> => ({
  'app/p/[id]/page.js':
    'export const dynamicParams = false;\n' +
    `export const generateStaticParams = () => Array.from({ length: ${count} }, (_, i) => ({ id: String(i) }));\n` +
    'export default async function Page({ params }) {\n  return <p>Page {(await params).id}</p>;\n}\n',
});

/**
 * Writes the app (plus `extra` files) into a temporary folder, builds it, gives `read` its out/ and the build's
 * time, and removes the folder once `read` is done with it.
 */
async function buildBare<T>(
  projectRoot: string,
  extra: Record<string, string>,
  read: (out: string, ms: number) => T | Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scamwise-floor-'));
  try {
    for (const [name, text] of Object.entries({ ...app, ...extra })) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const start = performance.now();
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    return await read(path.join(dir, 'out'), performance.now() - start);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds the bare app and returns its page's first-load JS in bytes (gzip, as a modern browser loads it), with
 * what `audit` makes of its out/ while it is there (the bench serves it to Lighthouse: the framework's own scores).
 */
export async function measureFloor<T = undefined>(
  projectRoot = process.cwd(),
  audit: (out: string) => Promise<T> = async () => undefined as T,
): Promise<{ bytes: number; audited: T }> {
  return buildBare(projectRoot, {}, async (out) => {
    const weight = pageWeight(out, '/');
    if (!weight) throw new Error('the bare floor app exported no index.html');
    return { bytes: weight.js, audited: await audit(out) };
  });
}

/** What one more exported page costs a bare app's `next build`, in ms: (build with `count` more − build without) / count. */
export async function barePageCost(projectRoot = process.cwd(), count = 1000): Promise<number> {
  const without = await buildBare(projectRoot, {}, (_, ms) => ms);
  const withMore = await buildBare(projectRoot, manyPages(count), (_, ms) => ms);
  return (withMore - without) / count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bytes } = await measureFloor();
  console.log(`Bare Next page (floor): ${bytes} B = ${(bytes / 1024).toFixed(1)} KB JS gzip`);
  console.log(`Bare Next build: ${(await barePageCost()).toFixed(1)} ms per exported page`);
}
