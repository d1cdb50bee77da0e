/**
 * Post-build step (npm run build:sw): compiles sw/sw.ts with esbuild and lets Serwist write the precache manifest
 * of the exported site into it, each file with its revision (RELIABILITY OFF-1, OFF-2). Embeds are left out: they
 * never register the worker (EMB-*), and a framed page must not depend on the site's cache.
 */
import path from 'node:path';
import { injectManifest } from '@serwist/build';
import { build } from 'esbuild';

const outDir = path.resolve('out');
const swFile = path.join(outDir, 'sw.js');

await build({
  entryPoints: [path.resolve('sw/sw.ts')],
  outfile: swFile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const { count, size, warnings } = await injectManifest({
  swSrc: swFile,
  swDest: swFile,
  globDirectory: outDir,
  globPatterns: ['**/*.{html,txt,js,css,svg,png,webmanifest,ico}'],
  // Lesson social cards are for other sites' previews, not for us; daily practice's share cards (social/practice/)
  // are shown on the page, so they stay in. Every RSC payload stays too: a client navigation offline asks for
  // index.txt as well as the segment files (e2e/offline-sw.spec.ts fails without it).
  globIgnores: ['sw.js', 'embed/**', 'social/*.png', '_headers', 'robots.txt', 'icon-maskable-512.png'],
  // Hashed file names already change with their content.
  dontCacheBustURLsMatching: /^_next\/static\//,
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  // Pages are precached under the address a reader opens (/lessons/x/, not /lessons/x/index.html), so the cached
  // response carries that page's own headers: its per-page script hashes (SEC-4) would not match another page's.
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './' })),
      warnings: [],
    }),
  ],
});
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: ${count} files precached, ${size} bytes`);
