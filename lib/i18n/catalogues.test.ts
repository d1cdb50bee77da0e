import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMessage } from './format';

/**
 * Every catalogue is data a translator can edit: strings (in objects and lists), no TypeScript functions, and every
 * string a message the formatter parses. Code samples shown to publishers keep their braces and are never
 * formatted, so they are the only entries not parsed.
 */
const verbatim = new Set(['publishers.eventsExample', 'publishers.events']);

const dir = join(import.meta.dirname, 'en');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

function leaves(value: unknown, path: string): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => leaves(entry, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => leaves(entry, `${path}.${key}`));
  return [[path, value]];
}

describe('English catalogues', () => {
  test('there are catalogues to check', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  test.each(files)('%s holds only strings, each a message that parses', async (file) => {
    const feature = file.replace(/\.ts$/, '');
    const exports = Object.values(await import(join(dir, file)));
    expect(exports).toHaveLength(1);
    const entries = leaves(exports[0], feature);
    expect(entries.length).toBeGreaterThan(0);
    for (const [path, value] of entries) {
      expect(typeof value, path).toBe('string');
      if (![...verbatim].some((prefix) => path === prefix || path.startsWith(`${prefix}[`))) {
        expect(() => parseMessage(value as string), path).not.toThrow();
      }
    }
  });
});

describe('t()', () => {
  test('formats a message of one feature in the given locale', async () => {
    const { t } = await import('./t');
    const { reviewMessages } = await import('./review');
    expect(t(reviewMessages, 'waiting', { count: 1 }, 'en')).toBe('1 question is waiting.');
    expect(t(reviewMessages, 'waiting', { count: 3 })).toBe('3 questions are waiting.');
    expect(t(reviewMessages, 'title')).toBe('Review your mistakes');
  });
});
