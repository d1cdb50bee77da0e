/**
 * Every requirement id cited in code, tests or config (STO-3, EMB-4, …) must be defined in docs/requirements.md, so a
 * newcomer can follow any citation. Fails naming the id and the first file that cites it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ID = /\b(?:STO|EMB|SEC|PRV|A11Y|CNT|RES|PERF|OFF|PRA)-\d+\b/g;
const roots = ['app', 'components', 'lib', 'e2e', 'scripts', 'public', '.htmlvalidate.mjs', 'eslint.config.mjs'];
// public/embed/ holds the built host script, a copy of lib/embed/host.ts.
const skip = new Set(['node_modules', '.next', 'out', path.join('public', 'embed')]);

function* files(entry: string): Generator<string> {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    if (/\.(ts|tsx|mjs|js|css)$/.test(entry)) yield entry;
    return;
  }
  for (const name of readdirSync(entry)) {
    const child = path.join(entry, name);
    if (!skip.has(name) && !skip.has(child)) yield* files(child);
  }
}

function definedIds(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^\| (\S+) +\|/gm)].map((m) => m[1] as string));
}

function citedIds(paths: Iterable<string>): Map<string, string> {
  const cited = new Map<string, string>();
  for (const file of paths) {
    for (const [id] of readFileSync(file, 'utf8').matchAll(ID)) if (!cited.has(id)) cited.set(id, file);
  }
  return cited;
}

const defined = definedIds(readFileSync('docs/requirements.md', 'utf8'));
const missing = [...citedIds(roots.flatMap((root) => [...files(root)]))].filter(([id]) => !defined.has(id));
if (missing.length > 0) {
  for (const [id, file] of missing) console.error(`${file}: cites ${id}, which docs/requirements.md does not define`);
  process.exit(1);
}
console.log(`Requirements: every id cited in code is defined in docs/requirements.md (${defined.size} defined).`);
