/**
 * The floor every route is measured against: a fresh Next app with one bare page and nothing of ours, generated in
 * a temporary folder and built with the Next and React in our node_modules, so the figure is the framework's own.
 *   npx tsx scripts/bench/floor.ts   → prints the floor's first-load JS (modern browsers, gzip)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageWeight } from '../page-weight';

/** The whole app, as create-next-app's minimum: a root layout and a page. Static export, as ours. */
const app: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-floor', private: true, type: 'module' }),
  // node_modules is a link to ours, so Turbopack's root must contain both the app and the linked files.
  'next.config.mjs': "export default { output: 'export', trailingSlash: true, turbopack: { root: '/' } };\n",
  'app/layout.js':
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.js': 'export default function Page() {\n  return <p>Floor</p>;\n}\n',
};

/** Builds the bare app and returns its page's first-load JS in bytes (gzip, as a modern browser loads it). */
export function measureFloor(projectRoot = process.cwd()): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scamwise-floor-'));
  try {
    for (const [name, text] of Object.entries(app)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const weight = pageWeight(path.join(dir, 'out'), '/');
    if (!weight) throw new Error('the bare floor app exported no index.html');
    return weight.js;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bytes = measureFloor();
  console.log(`Bare Next page (floor): ${bytes} B = ${(bytes / 1024).toFixed(1)} KB JS gzip`);
}
