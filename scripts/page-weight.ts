/**
 * What a modern browser downloads for one exported page: the gzip sizes of its JavaScript, its CSS and its HTML.
 * Shared by the size check and the benchmark, and a command of its own:
 *   tsx scripts/page-weight.ts /privacy/ /lessons/common-scams/   → one line per route, with the ratio to the first
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export type PageWeight = {
  js: number;
  css: number;
  html: number;
  /** Of `js`, the bytes in chunks that contain our own code (marked by the storage key prefix). */
  ownJs: number;
};

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The HTML file that serves `route` (e.g. "/lessons/x/") in `outDir`, or undefined if the page was not exported. */
export function pageFile(outDir: string, route: string): string | undefined {
  const file = path.join(outDir, route, 'index.html');
  return existsSync(file) ? file : undefined;
}

/**
 * The scripts a modern browser runs for a page: its <script src> tags and the chunks its inline RSC payload names
 * (client components loaded during hydration), without the `nomodule` polyfill that modern browsers never fetch.
 */
export function pageScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  const src = (tag: string) => /\bsrc="([^"]+)"/.exec(tag)?.[1];
  const polyfills = new Set(tags.filter((tag) => /\bnomodule\b/i.test(tag)).map(src));
  const tagged = tags.map(src).filter((url): url is string => Boolean(url));
  const payload = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]);
  return [...new Set([...tagged, ...payload])].filter((url) => url.startsWith('/') && !polyfills.has(url));
}

export function pageWeight(outDir: string, route: string): PageWeight | undefined {
  const file = pageFile(outDir, route);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))];
  const scripts = pageScripts(html);
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi);
  // Paths in HTML are URL-encoded (%5Bslug%5D for [slug]); the files on disk are not.
  const sum = (urls: string[]) =>
    urls.reduce((total, url) => total + gzipSize(path.join(outDir, decodeURIComponent(url.split('?')[0]!))), 0);
  const ours = scripts.filter((url) =>
    readFileSync(path.join(outDir, decodeURIComponent(url.split('?')[0]!)), 'utf8').includes('scamwise:'),
  );
  return { js: sum(scripts), css: sum(styles), html: gzipSize(file), ownJs: sum(ours) };
}

/** Every exported page as a route ("/", "/lessons/x/"), read from the folders of out/ that hold an index.html. */
export function exportedRoutes(outDir = path.resolve('out')): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '_next') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html')
        routes.push(
          `/${path
            .relative(outDir, dir)
            .split(path.sep)
            .filter(Boolean)
            .map((s) => `${s}/`)
            .join('')}`,
        );
    }
  };
  if (existsSync(outDir)) walk(outDir);
  return routes.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
  const routes = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  let first: number | undefined;
  for (const route of routes.length ? routes : ['/privacy/']) {
    const weight = pageWeight(outDir, route);
    if (!weight) throw new Error(`${route} was not exported`);
    first ??= weight.js;
    console.log(
      `${route.padEnd(36)} JS ${(weight.js / 1024).toFixed(1).padStart(6)} KB gzip  ×${(weight.js / first).toFixed(3)}`,
    );
  }
}
