import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashedHeaders, inlineScripts, routeOf, scriptHash, withScriptHashes } from './csp-hashes';
import { headersFor, parseHeadersFile } from './static-headers';

const source = readFileSync(path.resolve(import.meta.dirname, '../public/_headers'), 'utf8');
const scriptSrcOf = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
const page = (script: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script>` +
  `<script type="application/ld+json">{"a":1}</script></head><body><script>${script}</script></body></html>`;

describe('SEC-4: hash-based script-src', () => {
  test('finds inline scripts only, with their exact text', () => {
    expect(inlineScripts(page('self.__next_f.push([1,"x"])'))).toEqual(['{"a":1}', 'self.__next_f.push([1,"x"])']);
    expect(inlineScripts('<script src="/x.js"></script><SCRIPT>a()</SCRIPT><script></script>')).toEqual(['a()']);
  });

  test('hashes like the browser does (sha256 of the UTF-8 text, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  test("replaces 'unsafe-inline' in script-src only", () => {
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
    expect(withScriptHashes(policy, ["'sha256-a'", "'sha256-b'", "'sha256-a'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'",
    );
  });

  test('maps exported files to the paths they answer', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf(path.join('lessons', 'is-it-safe', 'index.html'))).toBe('/lessons/is-it-safe/');
    expect(routeOf('404.html')).toBe('/404.html');
  });

  const pages = new Map([
    ['/', page('home()')],
    ['/lessons/is-it-safe/', page('lesson()')],
    ['/embed/exam/', page('exam()')],
    ['/404.html', page('missing()')],
  ]);
  const rules = parseHeadersFile(hashedHeaders(source, pages));
  const csp = (route: string) => headersFor(rules, route).get('content-security-policy') ?? [];

  test.each([...pages.keys()])("%s gets one policy with every inline script's hash and no 'unsafe-inline'", (route) => {
    const policies = csp(route);
    expect(policies).toHaveLength(1);
    const scriptSrc = scriptSrcOf(policies[0]!);
    expect(scriptSrc).not.toContain('unsafe-inline');
    for (const script of inlineScripts(pages.get(route)!)) expect(scriptSrc).toContain(scriptHash(script));
    // Another page's script is not allowed here.
    if (route !== '/') expect(scriptSrc).not.toContain(scriptHash('home()'));
  });

  test('framing rules survive: embeds stay framable, other pages do not (SEC-1)', () => {
    expect(csp('/embed/exam/')[0]).toContain('frame-ancestors *');
    expect(csp('/lessons/is-it-safe/')[0]).toContain("frame-ancestors 'self'");
  });

  test('an unknown path (answered with 404.html) allows the 404 page scripts only', () => {
    for (const route of ['/no-such-page/', '/embed/no-such/']) {
      expect(csp(route)).toHaveLength(1);
      expect(csp(route)[0]).toContain(scriptHash('missing()'));
      expect(scriptSrcOf(csp(route)[0]!)).not.toContain('unsafe-inline');
    }
  });

  test('refuses more rules than Cloudflare Pages allows', () => {
    const many = new Map(Array.from({ length: 120 }, (_, i) => [`/p${i}/`, page(`p${i}()`)] as [string, string]));
    expect(() => hashedHeaders(source, many)).toThrow(/100/);
  });
});
