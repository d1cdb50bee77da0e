/**
 * Serves out/ like a production static host would, including the response headers from out/_headers read with
 * Cloudflare's semantics (scripts/static-headers.ts), so `npm start` and the e2e tests run under the real
 * Content-Security-Policy and framing rules.
 *   tsx scripts/serve-static.ts [port] [dir]
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import handler from 'serve-handler';
import { headersFor, parseHeadersFile } from './static-headers';

export function startStaticServer(port: number, dir = 'out') {
  const root = path.resolve(dir);
  const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  const server = http.createServer((request, response) => {
    const [pathname = '/', query] = (request.url ?? '/').split('?');
    // Like the hosts we deploy to with trailingSlash: /privacy → /privacy/.
    if (!pathname.endsWith('/') && !path.posix.extname(pathname)) {
      response.writeHead(301, { Location: `${pathname}/${query ? `?${query}` : ''}` });
      return response.end();
    }
    for (const [name, values] of headersFor(rules, pathname)) {
      response.setHeader(name, values.length === 1 ? values[0]! : values);
    }
    // Directory indexes are served as their index.html file.
    if (pathname.endsWith('/')) request.url = `${pathname}index.html${query ? `?${query}` : ''}`;
    return handler(request, response, { public: root, trailingSlash: false, cleanUrls: false });
  });
  return new Promise<http.Server>((resolve) => server.listen(port, () => resolve(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  await startStaticServer(port, process.argv[3]);
  console.log(`Scamwise is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
}
