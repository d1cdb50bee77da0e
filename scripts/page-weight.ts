/**
 * What a modern browser downloads for one exported page: the gzip sizes of its JavaScript (scripts without
 * `nomodule`, which modern browsers skip), its CSS and its HTML. Shared by the size check and the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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

export function pageWeight(outDir: string, route: string): PageWeight | undefined {
  const file = pageFile(outDir, route);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))];
  const scripts = assets(/<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"/gi);
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
