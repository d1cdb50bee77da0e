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
    // Next's default leaves one core idle, which on a 2-core builder (CI, most hosts) renders every page on one:
    // all cores take 200 extra lessons in 35.8 s instead of 41.3 s, and the real course in the same 20 s (issue 13).
    cpus: os.availableParallelism(),
  },
};

export default nextConfig;
