import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { storageKeys, storagePrefix, storedItems } from './storage-keys';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('storage keys', () => {
  test('public/theme-init.js reads exactly the storageKeys.theme key', () => {
    const script = readFileSync(path.join(projectRoot, 'public/theme-init.js'), 'utf8');
    const quoted = [`'${storageKeys.theme}'`, `"${storageKeys.theme}"`];

    expect(quoted.some((key) => script.includes(key))).toBe(true);
  });

  test('PRV-3: every key starts with the prefix that "Reset my progress" clears', () => {
    for (const key of Object.values(storageKeys)) expect(key.startsWith(storagePrefix)).toBe(true);
  });

  test('PRV-2: the privacy list describes every key, and the backup key', () => {
    const listed = storedItems.map((item) => item.key);

    expect(listed).toEqual(expect.arrayContaining(Object.values(storageKeys)));
    expect(listed).toContain(`${storageKeys.progress}.corrupt-…`);
  });
});
