import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { parseAccent, parseTheme } from './theme';

const themeInit = readFileSync(path.resolve(import.meta.dirname, '../../public/theme-init.js'), 'utf8');

/** Runs public/theme-init.js as the page's first script at `url` and returns what it set on <html>. */
function runThemeInit(url: string, storage: Record<string, string> = {}) {
  const dom = new JSDOM(`<!doctype html><html><head><script>${themeInit}</script></head><body></body></html>`, {
    url,
    runScripts: 'dangerously',
    beforeParse(window) {
      for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
    },
  });
  const root = dom.window.document.documentElement;
  return { theme: root.getAttribute('data-theme'), accent: root.getAttribute('data-accent') };
}

const attacks = [
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'x'.repeat(10_240),
  'DARK',
  ' dark',
];

describe('CNT-5: embed theme parameters go through an allowlist', () => {
  test.each(['system', 'light', 'dark'])('theme=%s is kept', (value) => {
    expect(parseTheme(value)).toBe(value);
  });

  test.each(['blue', 'teal', 'purple', 'pink', 'orange'])('accent=%s is kept', (value) => {
    expect(parseAccent(value)).toBe(value);
  });

  test.each([...attacks, '', null, undefined])('theme %j falls back to system and accent to blue', (value) => {
    expect(parseTheme(value)).toBe('system');
    expect(parseAccent(value)).toBe('blue');
  });
});

describe('public/theme-init.js applies the same allowlists before first paint', () => {
  test.each([...attacks, 'light', 'dark', 'system', ''])('embed with theme=accent=%j', (value) => {
    const query = new URLSearchParams({ theme: value, accent: value }).toString();
    expect(runThemeInit(`https://lessons.example/embed/lessons/is-it-safe/?${query}`)).toEqual({
      theme: parseTheme(value),
      accent: parseAccent(value),
    });
  });

  test.each(['blue', 'teal', 'purple', 'pink', 'orange'])('embed with accent=%s', (accent) => {
    expect(runThemeInit(`https://lessons.example/embed/exam/?accent=${accent}`).accent).toBe(accent);
  });

  test('an embed ignores the theme this browser saved for the full site', () => {
    expect(runThemeInit('https://lessons.example/embed/exam/', { 'scamwise:theme': 'dark' })).toEqual({
      theme: 'system',
      accent: 'blue',
    });
  });

  test('site pages keep the saved choice and never get embed attributes', () => {
    expect(
      runThemeInit('https://lessons.example/lessons/is-it-safe/?theme=light&accent=teal', { 'scamwise:theme': 'dark' }),
    ).toEqual({
      theme: 'dark',
      accent: null,
    });
  });
});
