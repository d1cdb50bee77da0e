import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, withoutUpgradeInsecureRequests } from './serve-static';

const csp = "default-src 'self'; frame-ancestors 'self'; upgrade-insecure-requests";

describe('the local static server (npm start, e2e, bench)', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
    writeFileSync(path.join(dir, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n`);
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>compress me</p>'.repeat(200)}`);
    server = await startStaticServer(0, dir);
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('drops upgrade-insecure-requests and keeps every other directive', () => {
    expect(withoutUpgradeInsecureRequests(csp)).toBe("default-src 'self'; frame-ancestors 'self'");
  });

  test('sends the CSP from _headers without upgrade-insecure-requests, so LAN devices on http get CSS and JS', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'self'");
  });

  test.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])('compresses like a real host when the browser accepts %s', async (accept, encoding) => {
    // fetch would decode the body and hide the header's effect; a raw request shows what travels.
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) =>
      http
        .get(`${origin}/`, { headers: { 'accept-encoding': accept } }, (res) => {
          res.resume();
          resolve(res.headers);
        })
        .on('error', reject),
    );
    expect(headers['content-encoding']).toBe(encoding);
  });

  test('says clearly when the port is taken', async () => {
    const port = (server.address() as AddressInfo).port;
    await expect(startStaticServer(port, dir)).rejects.toThrow(`Port ${port} is already in use`);
  });
});
