import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSafeStorage, fingerprint } from './safe-storage';
import { FakeStorage, quotaExceeded } from './testing/fake-storage';

const name = 'scamwise:progress';
const value = '{"state":{},"version":3}';

// The adapter tells "server render" (no window: mode stays pending) from "browser with blocked storage" (memory).
// These tests run in node, so they give it a window where the browser case is meant.
beforeEach(() => {
  vi.stubGlobal('window', {});
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('STO-1: a localStorage getter that throws', () => {
  const blocked = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };

  test('reads report not-ok, writes do not throw, and the mode is memory', () => {
    const storage = createSafeStorage(blocked);

    expect(storage.read(name)).toEqual({ ok: false });
    expect(storage.write(name, value)).toBe(false);
    expect(storage.health()).toEqual({ mode: 'memory', recovered: null, problem: null });
  });

  test('raw reads and writes (the theme) never throw and round-trip in memory', () => {
    const storage = createSafeStorage(blocked);

    expect(() => storage.writeRaw('scamwise:theme', 'dark')).not.toThrow();
    expect(storage.readRaw('scamwise:theme')).toBe('dark');
  });

  test('without a window (server render) the mode stays pending and nothing throws', () => {
    vi.unstubAllGlobals();
    const storage = createSafeStorage(() => undefined);

    expect(storage.read(name)).toEqual({ ok: false });
    expect(storage.health()).toEqual({ mode: 'pending', recovered: null, problem: null });
  });
});

describe('STO-11: a read that fails is told apart from an empty key', () => {
  test('getItem throwing gives ok: false; a missing key gives ok: true with null', () => {
    const local = new FakeStorage();
    const storage = createSafeStorage(() => local);
    expect(storage.read(name)).toEqual({ ok: true, raw: null });

    local.readError = new DOMException('locked', 'UnknownError');
    expect(storage.read(name)).toEqual({ ok: false });
  });

  test('a held key is not written, and says why, until it is released', () => {
    const local = new FakeStorage();
    local.data.set(name, 'real progress');
    const storage = createSafeStorage(() => local);

    storage.hold(name, 'read');
    expect(storage.write(name, value)).toBe(false);
    expect(local.data.get(name)).toBe('real progress');
    expect(storage.health()).toEqual({ mode: 'memory-after-error', recovered: null, problem: 'read' });

    storage.release(name);
    expect(storage.write(name, value)).toBe(true);
    expect(local.data.get(name)).toBe(value);
    expect(storage.health().mode).toBe('local');
  });
});

describe('STO-2 and issue 12 item 6: failed writes', () => {
  test('a full quota reports "full", and only a good write of the same key clears it', () => {
    const local = new FakeStorage();
    local.writeError = quotaExceeded();
    local.failWrite = (key) => key === name;
    const storage = createSafeStorage(() => local);

    expect(storage.write(name, value)).toBe(false);
    expect(storage.health()).toEqual({ mode: 'memory-after-error', recovered: null, problem: 'full' });

    // Saving the theme succeeds, but the progress is still unsaved: the notice must stay.
    storage.writeRaw('scamwise:theme', 'dark');
    expect(local.data.get('scamwise:theme')).toBe('dark');
    expect(storage.health().problem).toBe('full');

    local.writeError = undefined;
    expect(storage.write(name, value)).toBe(true);
    expect(storage.health()).toEqual({ mode: 'local', recovered: null, problem: null });
  });

  test('another failure (revoked access) reports "write"', () => {
    const local = new FakeStorage();
    local.writeError = new DOMException('revoked', 'SecurityError');
    const storage = createSafeStorage(() => local);

    expect(storage.write(name, value)).toBe(false);
    expect(storage.health().problem).toBe('write');
  });

  test('writeRaw keeps a value it could not save readable from memory', () => {
    const local = new FakeStorage();
    local.writeError = quotaExceeded();
    const storage = createSafeStorage(() => local);
    storage.writeRaw('scamwise:certificate-name', 'Sam');

    expect(storage.readRaw('scamwise:certificate-name')).toBe('Sam');
    expect(local.data.has('scamwise:certificate-name')).toBe(false);
  });
});

describe('STO-12: backups are bounded', () => {
  test('ten backups of one damaged value leave exactly one copy, named by its content', () => {
    const local = new FakeStorage();
    const storage = createSafeStorage(() => local);
    for (let load = 0; load < 10; load++) expect(storage.backUp(name, '{"state":', 'reset')).toBe(true);

    expect([...local.data.keys()]).toEqual([`${name}.corrupt-${fingerprint('{"state":')}`]);
    expect(storage.health().recovered).toBe('reset');
  });

  test('two different damaged values get two copies', () => {
    const local = new FakeStorage();
    const storage = createSafeStorage(() => local);
    storage.backUp(name, 'a', 'reset');
    storage.backUp(name, 'b', 'partial');

    expect(local.data.size).toBe(2);
  });

  test('a backup that cannot be written reports false, so the caller leaves the original alone', () => {
    const local = new FakeStorage();
    local.writeError = quotaExceeded();
    const storage = createSafeStorage(() => local);

    expect(storage.backUp(name, 'damaged', 'reset')).toBe(false);
    expect(local.data.size).toBe(0);
  });
});

describe('PRV-3: clear(prefix)', () => {
  test('removes every prefixed key, backups included, forgets holds and memory, and leaves other keys', () => {
    const local = new FakeStorage();
    local.data.set(name, value);
    local.data.set('scamwise:theme', 'dark');
    local.data.set(`${name}.corrupt-1`, '{"state":');
    local.data.set('other-app:settings', '{}');
    local.data.set('scamwiser', 'not ours either');
    const storage = createSafeStorage(() => local);
    storage.hold(name, 'newer');
    storage.backUp(name, 'x', 'reset');

    storage.clear('scamwise:');

    expect([...local.data.keys()].sort()).toEqual(['other-app:settings', 'scamwiser']);
    expect(storage.health()).toEqual({ mode: 'local', recovered: null, problem: null });
    expect(storage.write(name, value)).toBe(true);
  });
});

describe('subscribe', () => {
  test('listeners fire on each health change, not on unchanged health, and stop after unsubscribing', () => {
    const local = new FakeStorage();
    const storage = createSafeStorage(() => local);
    const listener = vi.fn();
    const unsubscribe = storage.subscribe(listener);

    storage.read(name); // pending → local
    expect(listener).toHaveBeenCalledTimes(1);
    storage.read(name);
    expect(listener).toHaveBeenCalledTimes(1);
    local.writeError = quotaExceeded();
    storage.write(name, value); // local → memory-after-error
    expect(listener).toHaveBeenCalledTimes(2);
    local.writeError = undefined;
    storage.write(name, value); // back to local
    expect(listener).toHaveBeenCalledTimes(3);

    unsubscribe();
    storage.backUp(name, 'x', 'reset');
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

describe('has(): whether a key is there, without reading its value', () => {
  test('true for a stored key, even when reading its value throws; false for a missing one', () => {
    const local = new FakeStorage();
    local.setItem(name, value);
    local.getItem = () => {
      throw new DOMException('The file is locked.', 'UnknownError');
    };
    const storage = createSafeStorage(() => local);
    expect(storage.has(name)).toBe(true);
    expect(storage.has('scamwise:theme')).toBe(false);
  });

  test('undefined when storage cannot be reached', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(storage.has(name)).toBeUndefined();
  });
});
