/**
 * Serves out/ like a production static host would, including the response headers from out/_headers (the
 * Netlify / Cloudflare Pages format), so `npm start` and the e2e tests run under the real Content-Security-Policy.
 *   tsx scripts/serve-static.ts [port] [dir]
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import handler from 'serve-handler';

type HeaderRule = { source: string; headers: { key: string; value: string | null }[] };

/**
 * Turns `_headers` into serve-handler rules. Every rule whose path matches applies, in order (as on both hosts);
 * `! Name` (Cloudflare's detach) removes a header an earlier rule set. Paths become globs over file paths.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.replace(/^\//, '').replace(/\*/g, '**').replace(/^$/, '**');
      rules.push({ source: glob, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    const detach = /^\s*!\s*([\w-]+)\s*$/.exec(line);
    if (detach) {
      rule.headers.push({ key: detach[1]!, value: null });
      continue;
    }
    const match = /^\s*([\w-]+):\s*(.*)$/.exec(line);
    if (!match) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push({ key: match[1]!, value: match[2]! });
  }
  return rules;
}

export function startStaticServer(port: number, dir = 'out') {
  const root = path.resolve(dir);
  const headers = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  const server = http.createServer((request, response) => {
    // Serve directory indexes as their index.html file, so the header rules (globs over file paths) apply to pages.
    const [pathname = '/', query] = (request.url ?? '/').split('?');
    if (!pathname.endsWith('/') && !path.posix.extname(pathname)) {
      response.writeHead(301, { Location: `${pathname}/${query ? `?${query}` : ''}` });
      return response.end();
    }
    if (pathname.endsWith('/')) request.url = `${pathname}index.html${query ? `?${query}` : ''}`;
    return handler(request, response, {
      public: root,
      headers: headers as never,
      trailingSlash: false,
      cleanUrls: false,
    });
  });
  return new Promise<http.Server>((resolve) => server.listen(port, () => resolve(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  await startStaticServer(port, process.argv[3]);
  console.log(`Scamwise is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
}
