/**
 * In a sandbox without allow-same-origin (WordPress's `sandbox="allow-scripts"`, EMB-13) the page has an opaque
 * origin, so every request it makes is cross-origin. Next.js prefetches the pages its links point to with fetch()
 * and its own headers, which need CORS preflights a static host does not answer: each would fail with a console
 * error. The links never navigate this frame anyway (components/embed/embed-links.tsx hands them to a new tab or
 * to WordPress), and the embed fetches nothing else, so in an opaque origin fetch() is refused before the network.
 * Scripts, styles and images are not fetch() and load as usual.
 */
export function refuseFetchInOpaqueOrigin(win: Window & typeof globalThis = window): () => void {
  if (win.origin !== 'null') return () => {};
  const original = win.fetch;
  win.fetch = () => Promise.reject(new TypeError('fetch is not available to an embed with an opaque origin'));
  return () => {
    win.fetch = original;
  };
}
