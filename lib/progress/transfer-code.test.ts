import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { initialProgress, type Progress } from './progress-schema';
import { decodeProgressCode, encodeProgressCode } from './transfer-code';

const fixture = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/progress.v3.json'), 'utf8')) as {
    state: Progress;
  }
).state;

describe('STO-9: progress codes', () => {
  test.each([
    ['empty progress', initialProgress],
    ['the v3 fixture', fixture],
  ])('%s round-trips exactly, and the code uses only URL-safe characters', (_name, progress) => {
    const code = encodeProgressCode(progress);
    expect(code).toMatch(/^SW1\.[A-Za-z0-9+$-]+\.[0-9a-z]+$/);
    expect(decodeProgressCode(code)).toEqual({ ok: true, progress });
  });

  test('a code saved by the v3 version (before the compact form) still restores exactly', () => {
    const v3Code = readFileSync(path.join(import.meta.dirname, 'fixtures/code.v3.txt'), 'utf8');
    expect(decodeProgressCode(v3Code)).toEqual({ ok: true, progress: fixture });
  });

  test('spaces and line breaks from copying are ignored', () => {
    const code = encodeProgressCode(fixture);
    const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 50)} ${code.slice(50)}\n`;
    expect(decodeProgressCode(wrapped)).toEqual({ ok: true, progress: fixture });
  });

  test('every single-character change to a code is refused, never restored as something else', () => {
    const code = encodeProgressCode(fixture);
    const alphabet = 'ABCxyz019+-$';
    for (let i = 0; i < code.length; i++) {
      const swap = alphabet.split('').find((c) => c !== code[i])!;
      const tampered = code.slice(0, i) + swap + code.slice(i + 1);
      const result = decodeProgressCode(tampered);
      expect(result.ok, `change at ${i}`).toBe(false);
    }
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'malformed'],
    ['SW1..abc', 'tampered'],
    ['SW1.abc', 'tampered'],
    ['{"state":{}}', 'malformed'],
  ])('%j is refused as %s', (code, reason) => {
    expect(decodeProgressCode(code)).toEqual({ ok: false, reason });
  });

  test('a cut-off code is refused', () => {
    const code = encodeProgressCode(fixture);
    expect(decodeProgressCode(code.slice(0, -10)).ok).toBe(false);
    expect(decodeProgressCode(code.slice(10)).ok).toBe(false);
  });
});
