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
  experimental: {
    // app/global-not-found.tsx: the 404 keeps the site chrome without putting it into every page's bundle.
    globalNotFound: true,
  },
};

export default nextConfig;
