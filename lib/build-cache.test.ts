import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cached, cacheRoot, hashOf } from './build-cache';

describe('build cache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(cacheRoot, 'test'), { recursive: true, force: true });
  });

  test('a key changes with any file of a folder, its name, or a string part', () => {
    writeFileSync(path.join(dir, 'a.mdx'), 'one');
    const before = hashOf('v1', { dir });
    expect(hashOf('v1', { dir })).toBe(before);
    writeFileSync(path.join(dir, 'a.mdx'), 'two');
    expect(hashOf('v1', { dir })).not.toBe(before);
    const edited = hashOf('v1', { dir });
    writeFileSync(path.join(dir, 'b.svg'), '');
    expect(hashOf('v1', { dir })).not.toBe(edited);
    expect(hashOf('v2', { dir })).not.toBe(hashOf('v1', { dir }));
  });

  test('produces once, then serves the stored bytes; a failure stores nothing', async () => {
    const key = hashOf(`test-${process.pid}-${Date.now()}`);
    let calls = 0;
    const produce = async () => (calls++, Buffer.from('drawn'));
    await expect(cached('test', `${key}-broken`, async () => Promise.reject(new Error('bad lesson')))).rejects.toThrow(
      'bad lesson',
    );
    expect((await cached('test', key, produce)).toString()).toBe('drawn');
    expect((await cached('test', key, produce)).toString()).toBe('drawn');
    expect(calls).toBe(1);
    await expect(cached('test', `${key}-broken`, async () => Buffer.from('fixed'))).resolves.toEqual(
      Buffer.from('fixed'),
    );
  });
});
