/**
 * `load(key)` run once per key per build process, shared by every caller. Turbopack bundles each route separately,
 * so a content module can be instantiated several times in one process (pages, metadata, sitemap, social cards);
 * the cache therefore lives on globalThis under `name`, not in a module variable. `next dev` loads afresh on every
 * call, so edits to content show.
 */
export function oncePerBuild<K, V>(name: string, load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const caches = globalThis as unknown as Record<string, Map<K, Promise<V>> | undefined>;
  const cache = (caches[name] ??= new Map());
  return (key) => {
    if (process.env.NODE_ENV === 'development') return load(key);
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      cache.set(key, value);
    }
    return value;
  };
}
