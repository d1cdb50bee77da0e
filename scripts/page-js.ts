/**
 * Prints the JavaScript each exported page loads, gzipped, so a change can be measured against the bare-page floor
 * (ARCHITECTURE §7, RELIABILITY PERF-1). It reads the `<script src>` list of out/<route>/index.html, plus any chunk
 * named only in the inline RSC payload, and gzips each file from out/ at level 9. The `noModule` polyfill is left out:
 * modern browsers never fetch it (the figure ARCHITECTURE §7 calls the floor).
 *   tsx scripts/page-js.ts /privacy/ /lessons/common-scams/   → one line per route, then the ratio to the first route
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const routes = process.argv.slice(2).filter((a) => a.startsWith('/'));

export function pageScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const polyfills = new Set(tags.filter((tag) => /\bnoModule\b/i.test(tag)).map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]));
  const sources = tags.map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src));
  const payloadChunks = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]);
  return [...new Set([...sources, ...payloadChunks])].filter((src) => src.startsWith('/') && !polyfills.has(src));
}

function gzipBytes(src: string): number {
  const file = path.join(outDir, src.split(/[?#]/)[0]!);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).byteLength : 0;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
let floor: number | undefined;
for (const route of routes.length ? routes : ['/privacy/']) {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const scripts = pageScripts(html);
  const total = scripts.reduce((sum, src) => sum + gzipBytes(src), 0);
  floor ??= total;
  console.log(`${route.padEnd(36)} ${String(scripts.length).padStart(3)} files  ${kb(total).padStart(7)} KB gzip  ×${(total / floor).toFixed(3)}`);
}
