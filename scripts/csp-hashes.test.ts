import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineScripts, scriptHash, scriptPolicy, withScriptPolicy } from './csp-hashes';
import { headersFor, parseHeadersFile } from './static-headers';

const page = (script: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script>` +
  `<script type="application/ld+json">{"a":1}</script></head><body><script>${script}</script></body></html>`;
const metaPolicy = (html: string) => [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];

describe('SEC-4: hash-based script-src in a meta policy per page', () => {
  test('finds inline scripts only, with their exact text', () => {
    expect(inlineScripts(page('self.__next_f.push([1,"x"])'))).toEqual(['{"a":1}', 'self.__next_f.push([1,"x"])']);
    expect(inlineScripts('<script src="/x.js"></script><SCRIPT>a()</SCRIPT><script></script>')).toEqual(['a()']);
  });

  test('hashes like the browser does (sha256 of the UTF-8 text, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  test("the policy allows our files and each of the page's inline scripts once, nothing else", () => {
    const html = page('a()') + '<script>a()</script>';
    expect(scriptPolicy(html)).toBe(`script-src 'self' ${scriptHash('{"a":1}')} ${scriptHash('a()')}`);
  });

  test('puts one meta straight after <meta charSet>, before the first script, and keeps the page otherwise', () => {
    const html = page('lesson()');
    const out = withScriptPolicy(html, 'lessons/x/index.html');
    const metas = metaPolicy(out);
    expect(metas).toHaveLength(1);
    expect(metas[0]![1]).toBe(scriptPolicy(html));
    expect(metas[0]![1]).not.toContain('unsafe-inline');
    expect(out.indexOf('http-equiv')).toBeLessThan(out.indexOf('<script'));
    expect(out.replace(/<meta http-equiv="Content-Security-Policy"[^>]*\/>/, '')).toBe(html);
    // Another page's script is not allowed here.
    expect(metas[0]![1]).not.toContain(scriptHash('home()'));
  });

  test('fails the build, naming the file, when the meta could not cover every script or runs twice', () => {
    expect(() => withScriptPolicy('<html><head><script>a()</script></head></html>', 'a.html')).toThrow(/a\.html.*charSet/);
    expect(() => withScriptPolicy('<head><script>a()</script><meta charset="utf-8"></head>', 'b.html')).toThrow(
      /b\.html: a script comes before/,
    );
    const once = withScriptPolicy(page('x()'), 'c.html');
    expect(() => withScriptPolicy(once, 'c.html')).toThrow(/c\.html: already/);
  });

  test("the header policy keeps 'unsafe-inline' as the meta's partner, and stays one policy per path (SEC-1)", () => {
    const rules = parseHeadersFile(readFileSync(path.resolve(import.meta.dirname, '../public/_headers'), 'utf8'));
    for (const route of ['/', '/lessons/is-it-safe/', '/embed/exam/', '/no-such-page/']) {
      const policies = headersFor(rules, route).get('content-security-policy') ?? [];
      expect(policies, route).toHaveLength(1);
      // Both policies are enforced: the header's script-src must let inline scripts through for the hashes to matter.
      expect(policies[0], route).toMatch(/script-src 'self' 'unsafe-inline'/);
    }
  });
});
