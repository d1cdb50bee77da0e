import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A content-addressed cache for build steps (compiled lessons, social cards), kept in node_modules/.cache so it
 * outlives `rm -rf .next` and is shared by every build worker. An entry's name is the hash of everything its output
 * depends on, so a changed input is a miss, never a stale hit; nothing is ever invalidated by hand.
 */
export const cacheRoot = path.join(process.cwd(), 'node_modules', '.cache', 'scamwise');

/** SHA-256 of strings and files (by path and content), in order. Folders are hashed file by file, sorted. */
export function hashOf(...parts: ({ file: string } | { dir: string } | string)[]): string {
  const hash = createHash('sha256');
  const addFile = (file: string) => hash.update(`\0${file}\0`).update(readFileSync(file));
  const addDir = (dir: string): void =>
    readdirSync(dir)
      .sort()
      .forEach((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) addDir(full);
        else addFile(full);
      });
  for (const part of parts) {
    if (typeof part === 'string') hash.update(`\0${part}`);
    else if ('file' in part) addFile(part.file);
    else addDir(part.dir);
  }
  return hash.digest('hex');
}

/** The cached bytes for `key` in `namespace`, or `produce()`'s, stored for next time. */
export async function cached(namespace: string, key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(cacheRoot, namespace, key);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await produce();
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole, then renamed: a worker reading at the same moment sees the old state or the new, never half.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return bytes;
  }
}
