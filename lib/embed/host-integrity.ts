import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Subresource Integrity value of the built host script (public/embed/v1.js, from scripts/build-embed.ts), read
 * at build time by the publisher page so the snippet pins exactly the file that ships. Server only.
 */
export function hostScriptIntegrity(): string | undefined {
  const file = path.join(process.cwd(), 'public', 'embed', 'v1.js');
  if (!existsSync(file)) return undefined;
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
