/**
 * What a modern browser downloads for one exported page: the gzip sizes of its JavaScript (scripts without
 * `nomodule`, which modern browsers skip), its CSS and its HTML. Shared by the size check and the benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageWeight = { js: number; css: number; html: number };

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
  const sum = (urls: string[]) =>
    urls.reduce((total, url) => total + gzipSize(path.join(outDir, url.split('?')[0]!)), 0);
  return { js: sum(scripts), css: sum(styles), html: gzipSize(file) };
}
