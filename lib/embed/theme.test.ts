import { describe, expect, test } from 'vitest';
import { parseAccent, parseTheme } from './theme';
import { themeAttacks as attacks } from './theme-attacks';

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
