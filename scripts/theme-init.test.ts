import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseAccent, parseTheme } from '@/lib/embed/theme';
import { themeAttacks as attacks } from '@/lib/embed/theme-attacks';
import { storageKeys } from '@/lib/progress/storage-keys';
import { themeInitBudget, themeInitBundle } from './theme-init-bundle';

/**
 * Runs the built script as the page's first script at `url` and returns what it set on <html>. `storage` null
 * means the browser blocks storage (reading localStorage throws, as in Safari with cookies blocked).
 */
function runThemeInit(themeInit: string, url: string, storage: Record<string, string> | null = {}) {
  const dom = new JSDOM(`<!doctype html><html><head><script>${themeInit}</script></head><body></body></html>`, {
    url,
    runScripts: 'dangerously',
    beforeParse(window) {
      if (storage === null) {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new window.DOMException('The operation is insecure.', 'SecurityError');
          },
        });
        return;
      }
      for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
    },
  });
  const root = dom.window.document.documentElement;
  return { theme: root.getAttribute('data-theme'), accent: root.getAttribute('data-accent'), classes: root.className };
}

/** What the script set, without the classes (most tests are about the attributes). */
const looks = (run: ReturnType<typeof runThemeInit>) => ({ theme: run.theme, accent: run.accent });

// The first JSDOM window loads jsdom itself: well under a second alone, several on a busy two-core runner.
describe('public/theme-init.js applies the same allowlists before first paint', { timeout: 30_000 }, () => {
  // The exact text build-theme-init.ts writes, built here from lib/theme-init.ts so the test never reads a stale file.
  let script: string;
  beforeAll(async () => {
    script = await themeInitBundle();
  }, 30_000);

  test('stays a tiny blocking script: under its byte budget, with no import left unbundled', () => {
    expect(script.length).toBeLessThanOrEqual(themeInitBudget);
    expect(script).not.toMatch(/\bimport\b|require\(/);
  });

  test.each([...attacks, 'light', 'dark', 'system', ''])('embed with theme=accent=%j', (value) => {
    const query = new URLSearchParams({ theme: value, accent: value }).toString();
    expect(looks(runThemeInit(script, `https://lessons.example/embed/lessons/is-it-safe/?${query}`))).toEqual({
      theme: parseTheme(value),
      accent: parseAccent(value),
    });
  });

  test.each(['blue', 'teal', 'purple', 'pink', 'orange'])('embed with accent=%s', (accent) => {
    expect(runThemeInit(script, `https://lessons.example/embed/exam/?accent=${accent}`).accent).toBe(accent);
  });

  test('an embed ignores the theme this browser saved for the full site', () => {
    expect(looks(runThemeInit(script, 'https://lessons.example/embed/exam/', { [storageKeys.theme]: 'dark' }))).toEqual(
      {
        theme: 'system',
        accent: 'blue',
      },
    );
  });

  test('site pages keep the saved choice and never get embed attributes', () => {
    const saved = { [storageKeys.theme]: 'dark' };
    expect(
      looks(runThemeInit(script, 'https://lessons.example/lessons/is-it-safe/?theme=light&accent=teal', saved)),
    ).toEqual({
      theme: 'dark',
      accent: null,
    });
  });

  test('marks the page as running JavaScript, so the interactive versions show (RES-1)', () => {
    expect(runThemeInit(script, 'https://lessons.example/').classes.split(' ')).toEqual(['js']);
  });

  test('with storage blocked, a site page follows the device and an embed shows its notice from first paint', () => {
    expect(runThemeInit(script, 'https://lessons.example/', null)).toEqual({
      theme: null,
      accent: null,
      classes: 'js no-storage',
    });
    expect(runThemeInit(script, 'https://lessons.example/embed/exam/?theme=dark', null)).toEqual({
      theme: 'dark',
      accent: 'blue',
      classes: 'js no-storage',
    });
  });
});
