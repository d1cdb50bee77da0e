import { describe, expect, test } from 'vitest';
import { storageKeys, storagePrefix } from './storage-keys';
import { storedItems } from './stored-items';

describe('storage keys', () => {
  test('PRV-3: every key starts with the prefix that "Reset my progress" clears', () => {
    for (const key of Object.values(storageKeys)) expect(key.startsWith(storagePrefix)).toBe(true);
  });

  test('PRV-2: the privacy list describes every key, and the backup key', () => {
    const listed = storedItems.map((item) => item.key);

    expect(listed).toEqual(expect.arrayContaining(Object.values(storageKeys)));
    expect(listed).toContain(`${storageKeys.progress}.corrupt-…`);
  });
});
