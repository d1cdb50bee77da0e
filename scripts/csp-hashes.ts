/**
 * SEC-4: after `next build`, replaces 'unsafe-inline' in script-src with the hashes of each page's own inline
 * scripts (Next's hydration data and bootstrap), written as per-path rules into out/_headers. An inline script that
 * any future XSS injects has no matching hash, so the browser refuses it.
 *   - every HTML page gets a rule for its path (/lessons/x/ for out/lessons/x/index.html) that detaches the
 *     inherited policy and sets the same policy with its hashes (RELIABILITY SEC-1: exactly one CSP per response);
 *   - the splat rules (/*, /embed/*) get the hashes of 404.html, the page any unknown path is answered with.
 * Run by `npm run build`; `tsx scripts/csp-hashes.ts [outDir]`. The per-path rules also keep Cloudflare Pages under
 * its 100-rule limit for this site's few dozen pages (checked below).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, parseHeadersFile } from './static-headers';

/** Every inline script in `html` (no src attribute), as the browser hashes it: the raw text between the tags. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!))
    .map(([, , body]) => body!)
    .filter((body) => body.length > 0);
}

export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** `policy` with 'unsafe-inline' in script-src replaced by `hashes` (deduplicated, in order). */
export function withScriptHashes(policy: string, hashes: string[]): string {
  const unique = [...new Set(hashes)];
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive.trim();
      return [name, ...sources.filter((source) => source !== "'unsafe-inline'"), ...unique].join(' ');
    })
    .join('; ');
}

/** The site path an exported HTML file answers: index.html → its folder with a slash, other files as they are. */
export const routeOf = (relativeFile: string) =>
  '/' +
  relativeFile
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

const cloudflareRuleLimit = 100;
const cloudflareValueLimit = 2000;

/** The new _headers text for the pages in `pages` (route → HTML). Throws when a limit of the host is passed. */
export function hashedHeaders(headersText: string, pages: Map<string, string>): string {
  const rules = parseHeadersFile(headersText);
  const notFound = pages.get('/404.html');
  const fallback = notFound ? inlineScripts(notFound).map(scriptHash) : [];
  const base = headersText.replace(
    /^(\s+Content-Security-Policy:\s*)(.+)$/gm,
    (_line, start: string, policy: string) => start + withScriptHashes(policy, fallback),
  );
  const blocks: string[] = [
    '',
    '# SEC-4, written by scripts/csp-hashes.ts after the build: each page allows exactly its own inline scripts.',
  ];
  for (const [route, html] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const inherited = headersFor(rules, route).get('content-security-policy');
    if (!inherited || inherited.length !== 1) throw new Error(`${route}: expected one inherited policy`);
    const policy = withScriptHashes(inherited[0]!, inlineScripts(html).map(scriptHash));
    if (policy.length > cloudflareValueLimit)
      throw new Error(`${route}: the policy is over ${cloudflareValueLimit} characters`);
    blocks.push(route, '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`);
  }
  const text = `${base.trimEnd()}\n${blocks.join('\n')}\n`;
  const count = parseHeadersFile(text).length;
  if (count > cloudflareRuleLimit)
    throw new Error(`${count} header rules: over Cloudflare Pages' ${cloudflareRuleLimit}`);
  return text;
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
  const headersFile = path.join(outDir, '_headers');
  const original = readFileSync(headersFile, 'utf8');
  if (original.includes('written by scripts/csp-hashes.ts')) throw new Error(`${headersFile} was already hashed`);
  const pages = new Map(
    htmlFiles(outDir).map((file) => [routeOf(file), readFileSync(path.join(outDir, file), 'utf8')]),
  );
  writeFileSync(headersFile, hashedHeaders(original, pages));
  console.log(`out/_headers: script hashes for ${pages.size} pages; no 'unsafe-inline' left in script-src (SEC-4).`);
}
