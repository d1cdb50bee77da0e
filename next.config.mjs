import os from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Everything is static files in out/: no server of ours anywhere.
  output: 'export',
  // /lessons/x/ → out/lessons/x/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  // mdx-bundler drives esbuild (a native binary) at build time; bundling them into server chunks breaks both.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  // SOURCE_MAPS=1 next build: maps for scripts/bench/breakdown.ts (which module costs what); never in a release.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === '1',
  experimental: {
    // app/global-not-found.tsx: the 404 keeps the site chrome without putting it into every page's bundle.
    globalNotFound: true,
    // Every core renders pages: Next keeps one back for its main process, which only waits while pages are
    // rendered (issue 13: 1,685 pages took 26.6 s on one worker, 18.4 s on two). The course is compiled before
    // the build (scripts/compile-course.ts), so a worker reads lessons from the cache instead of compiling them.
    cpus: os.availableParallelism(),
  },
};

export default nextConfig;
