/**
 * Serves out/ like a production static host would: compressed (brotli or gzip, as the browser asks), with the
 * response headers from out/_headers read with Cloudflare's semantics (scripts/static-headers.ts), so `npm start`,
 * the e2e tests and the bench run under the real Content-Security-Policy and framing rules, at real transfer sizes.
 *   tsx scripts/serve-static.ts [port] [dir]      (port: the argument, else $PORT, else 3000)
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import handler from 'serve-handler';
import { headersFor, parseHeadersFile } from './static-headers';

/**
 * `upgrade-insecure-requests` makes a browser fetch every script and stylesheet over https. A real host serves
 * https, but this local server does not: opened from another device on the LAN (http://192.168.x.y:3000/) the page
 * would load without its CSS and JavaScript. localhost is exempt in browsers, which is why only other devices
 * break. The production headers (public/_headers) keep the directive.
 */
export function withoutUpgradeInsecureRequests(csp: string): string {
  return csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && directive.toLowerCase() !== 'upgrade-insecure-requests')
    .join('; ');
}

export function startStaticServer(port: number, dir = 'out') {
  const root = path.resolve(dir);
  const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  const compress = compression();
  const server = http.createServer((request, response) => {
    const [pathname = '/', query] = (request.url ?? '/').split('?');
    // Like the hosts we deploy to with trailingSlash: /privacy → /privacy/.
    if (!pathname.endsWith('/') && !path.posix.extname(pathname)) {
      response.writeHead(301, { Location: `${pathname}/${query ? `?${query}` : ''}` });
      return response.end();
    }
    for (const [name, values] of headersFor(rules, pathname)) {
      const local =
        name.toLowerCase() === 'content-security-policy' ? values.map(withoutUpgradeInsecureRequests) : values;
      response.setHeader(name, local.length === 1 ? local[0]! : local);
    }
    // Directory indexes are served as their index.html file.
    if (pathname.endsWith('/')) request.url = `${pathname}index.html${query ? `?${query}` : ''}`;
    // compression's types are Express's; it only needs Node's request and response.
    compress(request as never, response as never, () => {
      void handler(request, response, { public: root, trailingSlash: false, cleanUrls: false });
    });
  });
  return new Promise<http.Server>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use. Stop whatever is using it, or choose another: PORT=3001 npm start`,
            )
          : error,
      ),
    );
    server.listen(port, () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  try {
    await startStaticServer(port, process.argv[3]);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`Scamwise is being served at http://localhost:${port}/ (Ctrl+C to stop)`);
}
