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
  },
};

export default nextConfig;
