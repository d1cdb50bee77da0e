/**
 * SEC-4: after `next build`, each exported page gets a `<meta http-equiv="Content-Security-Policy">` allowing
 * exactly its own inline scripts (Next's hydration data and bootstrap) by SHA-256 hash. An inline script that any
 * future XSS injects has no matching hash, so the browser refuses it.
 *   - The header policy (public/_headers, SEC-1: one CSP header per response, framing included) keeps
 *     'unsafe-inline' in script-src; the browser enforces both policies, so only hashed inline scripts run.
 *   - Why a meta and not a header rule per page: Cloudflare Pages allows 100 `_headers` rules, and the course had
 *     used 77 of them; three more lessons, or any course of 100 pages, would not deploy. A meta costs no rule and
 *     works the same on Netlify, nginx and any static host.
 *   - A meta policy covers only what the parser meets after it, so it goes straight after `<meta charSet>`, before
 *     the first script (checked below). frame-ancestors has no effect in a meta, which is why framing stays in the
 *     header.
 * Run by `npm run build` before the service worker's precache list is made (its revisions hash the final HTML);
 * `tsx scripts/csp-hashes.ts [outDir]`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every inline script in `html` (no src attribute), as the browser hashes it: the raw text between the tags. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!))
    .map(([, , body]) => body!)
    .filter((body) => body.length > 0);
}

export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** The page's own script policy: our files ('self') and its inline scripts by hash, deduplicated, in order. */
export const scriptPolicy = (html: string) =>
  ["script-src 'self'", ...new Set(inlineScripts(html).map(scriptHash))].join(' ');

const charset = /<meta charset="utf-8"\s*\/?>/i;
export const metaMarker = 'http-equiv="Content-Security-Policy"';

/** `html` with its script policy in a meta straight after `<meta charSet>`; throws if that cannot cover every script. */
export function withScriptPolicy(html: string, file: string): string {
  if (html.includes(metaMarker)) throw new Error(`${file}: already has a meta Content-Security-Policy`);
  const match = charset.exec(html);
  if (!match) throw new Error(`${file}: no <meta charSet="utf-8"> to put the script policy after`);
  const at = match.index + match[0].length;
  if (/<script\b/i.test(html.slice(0, at))) throw new Error(`${file}: a script comes before <meta charSet>`);
  return `${html.slice(0, at)}<meta ${metaMarker} content="${scriptPolicy(html)}"/>${html.slice(at)}`;
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full, root);
    return name.endsWith('.html') ? [path.relative(root, full)] : [];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  const files = htmlFiles(outDir);
  for (const file of files) {
    const full = path.join(outDir, file);
    writeFileSync(full, withScriptPolicy(readFileSync(full, 'utf8'), file));
  }
  console.log(`out/: a hash-based script policy in ${files.length} pages (SEC-4).`);
}
