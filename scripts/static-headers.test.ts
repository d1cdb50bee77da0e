import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from './static-headers';

const rules = parseHeadersFile(readFileSync(path.resolve(import.meta.dirname, '../public/_headers'), 'utf8'));
const get = (pathname: string) => headersFor(rules, pathname);
const csp = (pathname: string) => get(pathname).get('content-security-policy') ?? [];

describe('SEC-1: framing headers from public/_headers, as Cloudflare Pages applies them', () => {
  test.each(['/', '/lessons/is-it-safe/', '/publishers/', '/privacy/', '/404.html'])(
    '%s may be framed only by the site itself',
    (pathname) => {
      expect(csp(pathname)).toHaveLength(1);
      expect(csp(pathname)[0]).toContain("frame-ancestors 'self'");
      expect(get(pathname).get('x-frame-options')).toEqual(['SAMEORIGIN']);
    },
  );

  test.each(['/embed/lessons/is-it-safe/', '/embed/lessons/is-it-safe/index.html', '/embed/exam/'])(
    '%s has exactly one policy, allowing any site to frame it, and no X-Frame-Options',
    (pathname) => {
      expect(csp(pathname)).toHaveLength(1);
      expect(csp(pathname)[0]).toContain('frame-ancestors *');
      expect(csp(pathname)[0]).not.toContain("frame-ancestors 'self'");
      expect(get(pathname).has('x-frame-options')).toBe(false);
    },
  );

  test('the embed policy is the site policy with only frame-ancestors changed', () => {
    expect(csp('/embed/exam/')[0]).toBe(csp('/')[0]!.replace("frame-ancestors 'self'", 'frame-ancestors *'));
  });
});

describe('SEC-2/SEC-5: the rest of the policy and headers', () => {
  test.each(['/', '/embed/exam/'])('%s: no unsafe-eval, object-src none, referrer and nosniff', (pathname) => {
    const headers = get(pathname);
    expect(csp(pathname)[0]).not.toContain('unsafe-eval');
    expect(csp(pathname)[0]).toContain("object-src 'none'");
    expect(headers.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
    expect(headers.get('permissions-policy')?.[0]).toContain('camera=()');
  });

  test('every path gets one Cache-Control: HTML revalidated, chunks immutable, the host script a day', () => {
    expect(get('/').get('cache-control')).toEqual(['public, max-age=0, must-revalidate']);
    expect(get('/_next/static/chunks/abc.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(get('/figures/0123456789abcdef.svg').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(get('/embed/v1.js').get('cache-control')).toEqual(['public, max-age=86400']);
  });

  test('the host script can be loaded cross-origin with SRI (CORS)', () => {
    expect(get('/embed/v1.js').get('access-control-allow-origin')).toEqual(['*']);
  });

  test('RSC payloads are served as text/plain', () => {
    expect(get('/lessons/is-it-safe/index.txt').get('content-type')).toEqual(['text/plain; charset=utf-8']);
  });

  test('Cloudflare limits: at most 100 rules and 2,000 characters a line', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of readFileSync(path.resolve(import.meta.dirname, '../public/_headers'), 'utf8').split('\n')) {
      expect(line.length).toBeLessThanOrEqual(2000);
    }
  });
});

describe('the _headers reader follows Cloudflare', () => {
  test('a header set by two matching rules is sent twice unless detached', () => {
    const stacked = parseHeadersFile('/*\n  X-A: one\n/x/*\n  X-A: two\n');
    expect(headersFor(stacked, '/x/y')).toEqual(new Map([['x-a', ['one', 'two']]]));
    const detached = parseHeadersFile('/*\n  X-A: one\n/x/*\n  ! X-A\n  X-A: two\n');
    expect(headersFor(detached, '/x/y')).toEqual(new Map([['x-a', ['two']]]));
    expect(headersFor(detached, '/z')).toEqual(new Map([['x-a', ['one']]]));
  });
});
