import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { progressSchemaV1, type ProgressV1 } from './progress-schema';

// The adapter is generic over the schema and version; these tests drive it with the small version 1 shape.
type Progress = ProgressV1;
const progressSchema = progressSchemaV1;
const initialProgress: Progress = { answers: {}, visited: [], lastLesson: null };
import { createSafeStorage } from './safe-storage';

/** A Map-backed Storage whose reads and writes can be made to fail, like a full or revoked localStorage. */
class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Throws this from setItem when set; `failWrite` limits it to some keys. */
  writeError: Error | undefined;
  failWrite: (key: string) => boolean = () => true;
  readError: Error | undefined;

  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.readError) throw this.readError;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.writeError && this.failWrite(key)) throw this.writeError;
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

const name = 'scamwise:progress';
const now = () => 1_700_000_000_000;
const backupName = `${name}.corrupt-1700000000000`;
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const progress: Progress = {
  answers: { 'what-is-aliexpress-quiz': { 'who-ships': { choice: ['independent-seller'], correct: true } } },
  visited: ['what-is-aliexpress'],
  lastLesson: 'what-is-aliexpress',
};
const stored = { state: progress, version: 1 };

function setup(getStorage: () => Storage | undefined) {
  return createSafeStorage<Progress>({ getStorage, schema: progressSchema, version: 1, now });
}

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

  test('gives null on read, does not throw on write, and reports memory mode', () => {
    const storage = setup(blocked);

    expect(storage.getItem(name)).toBeNull();
    expect(() => storage.setItem(name, stored)).not.toThrow();
    expect(storage.health()).toEqual({ mode: 'memory', recovered: false });
  });

  test('keeps values in memory so they round-trip for the rest of the page', () => {
    const storage = setup(blocked);
    storage.setItem(name, stored);

    expect(storage.getItem(name)).toEqual(stored);
    storage.removeItem(name);
    expect(storage.getItem(name)).toBeNull();
  });

  test('raw reads and writes (the theme) never throw and round-trip in memory', () => {
    const storage = setup(blocked);

    expect(() => storage.writeRaw('scamwise:theme', 'dark')).not.toThrow();
    expect(storage.readRaw('scamwise:theme')).toBe('dark');
  });

  test('a getItem that throws gives null and memory mode', () => {
    const local = new FakeStorage();
    local.readError = new DOMException('denied', 'SecurityError');
    const storage = setup(() => local);

    expect(storage.getItem(name)).toBeNull();
    expect(storage.health().mode).toBe('memory');
  });

  test('without a window (server render) the mode stays pending and nothing throws', () => {
    vi.unstubAllGlobals();
    const storage = setup(() => undefined);

    expect(storage.getItem(name)).toBeNull();
    expect(() => storage.setItem(name, stored)).not.toThrow();
    expect(storage.health()).toEqual({ mode: 'pending', recovered: false });
  });
});

describe('reachable localStorage', () => {
  test('reads and writes go to localStorage as JSON and the mode is local', () => {
    const local = new FakeStorage();
    const storage = setup(() => local);
    storage.setItem(name, stored);

    expect(JSON.parse(local.data.get(name)!)).toEqual(stored);
    expect(storage.getItem(name)).toEqual(stored);
    expect(storage.health()).toEqual({ mode: 'local', recovered: false });
  });

  test('an older version is handed on untouched for migrate, not backed up', () => {
    const local = new FakeStorage();
    const old = { state: { done: ['a'] }, version: 0 };
    local.data.set(name, JSON.stringify(old));
    const storage = setup(() => local);

    expect(storage.getItem(name)).toEqual(old);
    expect([...local.data.keys()]).toEqual([name]);
    expect(storage.health().recovered).toBe(false);
  });
});

describe('STO-2: a setItem that throws QuotaExceededError', () => {
  test('does not throw, keeps the value readable in memory and reports memory-after-error', () => {
    const local = new FakeStorage();
    local.writeError = quotaExceeded();
    const storage = setup(() => local);

    expect(() => storage.setItem(name, stored)).not.toThrow();
    expect(storage.health().mode).toBe('memory-after-error');
    expect(local.data.has(name)).toBe(false);
    expect(storage.getItem(name)).toEqual(stored);
  });

  test('the next successful write persists to localStorage and the mode returns to local', () => {
    const local = new FakeStorage();
    local.writeError = quotaExceeded();
    const storage = setup(() => local);
    storage.setItem(name, stored);

    local.writeError = undefined;
    const next = { state: { ...progress, visited: ['what-is-aliexpress', 'is-it-safe'] }, version: 1 };
    storage.setItem(name, next);

    expect(JSON.parse(local.data.get(name)!)).toEqual(next);
    expect(storage.getItem(name)).toEqual(next);
    expect(storage.health().mode).toBe('local');
  });

  test('a SecurityError on write is handled the same way', () => {
    const local = new FakeStorage();
    local.writeError = new DOMException('revoked', 'SecurityError');
    const storage = setup(() => local);

    expect(() => storage.setItem(name, stored)).not.toThrow();
    expect(storage.health().mode).toBe('memory-after-error');
    expect(storage.getItem(name)).toEqual(stored);
  });
});

describe('STO-3: unreadable saved data', () => {
  const corrupt = [
    '{"state":',
    'null',
    '{"state":"x"}',
    '{"state":{"answers":"x","visited":[],"lastLesson":null},"version":1}',
    '{"state":{"answers":{},"visited":[],"lastLesson":null,"extra":1},"version":1}',
    '{"state":{"answers":{},"visited":[],"lastLesson":null},"version":"1"}',
  ];

  test.each(corrupt)('%s gives a fresh start, recovered=true and an exact backup', (raw) => {
    const local = new FakeStorage();
    local.data.set(name, raw);
    const storage = setup(() => local);

    expect(storage.getItem(name)).toBeNull();
    expect(storage.health().recovered).toBe(true);
    expect(local.data.get(backupName)).toBe(raw);
  });

  test('after the backup, the next write replaces the corrupt value', () => {
    const local = new FakeStorage();
    local.data.set(name, '{"state":');
    const storage = setup(() => local);
    storage.getItem(name);
    storage.setItem(name, stored);

    expect(JSON.parse(local.data.get(name)!)).toEqual(stored);
    expect(local.data.get(backupName)).toBe('{"state":');
  });

  test('if the backup cannot be written, later writes never overwrite the original value', () => {
    const local = new FakeStorage();
    local.data.set(name, '{"state":');
    local.writeError = quotaExceeded();
    local.failWrite = (key) => key.includes('.corrupt-');
    const storage = setup(() => local);

    expect(storage.getItem(name)).toBeNull();
    expect(local.data.has(backupName)).toBe(false);
    expect(storage.health()).toEqual({ mode: 'memory-after-error', recovered: true });

    storage.setItem(name, stored);
    storage.setItem(name, { state: initialProgress, version: 1 });
    storage.removeItem(name);
    storage.setItem(name, stored);

    expect(local.data.get(name)).toBe('{"state":');
    // The learner's new progress still works for this page, from memory.
    expect(storage.getItem(name)).toEqual(stored);
  });

  test('quarantine() copies the raw value aside and reports recovery', () => {
    const local = new FakeStorage();
    const future = JSON.stringify({ state: { something: 'new' }, version: 99 });
    local.data.set(name, future);
    const storage = setup(() => local);

    storage.quarantine(name);

    expect(local.data.get(backupName)).toBe(future);
    expect(storage.health().recovered).toBe(true);
  });

  test('quarantine() of a missing value does nothing', () => {
    const local = new FakeStorage();
    const storage = setup(() => local);

    storage.quarantine(name);

    expect(local.data.size).toBe(0);
    expect(storage.health().recovered).toBe(false);
  });
});

describe('PRV-3: clear(prefix)', () => {
  test('removes every prefixed key, backups included, and leaves other keys', () => {
    const local = new FakeStorage();
    local.data.set(name, JSON.stringify(stored));
    local.data.set('scamwise:theme', 'dark');
    local.data.set(`${name}.corrupt-1`, '{"state":');
    local.data.set(`${name}.corrupt-2`, 'null');
    local.data.set('other-app:settings', '{}');
    local.data.set('scamwiser', 'not ours either');
    const storage = setup(() => local);

    storage.clear('scamwise:');

    expect([...local.data.keys()].sort()).toEqual(['other-app:settings', 'scamwiser']);
  });

  test('forgets values held in memory and the recovered flag, and lets writes reach storage again', () => {
    const local = new FakeStorage();
    local.data.set(name, '{"state":');
    local.writeError = quotaExceeded();
    local.failWrite = (key) => key.includes('.corrupt-');
    const storage = setup(() => local);
    storage.getItem(name);
    storage.setItem(name, stored);

    storage.clear('scamwise:');

    expect(storage.getItem(name)).toBeNull();
    expect(storage.health().recovered).toBe(false);
    storage.setItem(name, stored);
    expect(JSON.parse(local.data.get(name)!)).toEqual(stored);
  });
});

describe('subscribe', () => {
  test('listeners fire on each health change, not on unchanged health, and stop after unsubscribing', () => {
    const local = new FakeStorage();
    const storage = setup(() => local);
    const listener = vi.fn();
    const unsubscribe = storage.subscribe(listener);

    storage.getItem(name); // pending → local
    expect(listener).toHaveBeenCalledTimes(1);
    storage.getItem(name); // still local
    expect(listener).toHaveBeenCalledTimes(1);

    local.writeError = quotaExceeded();
    storage.setItem(name, stored); // local → memory-after-error
    expect(listener).toHaveBeenCalledTimes(2);
    expect(storage.health().mode).toBe('memory-after-error');

    local.writeError = undefined;
    storage.setItem(name, stored); // back to local
    expect(listener).toHaveBeenCalledTimes(3);

    unsubscribe();
    local.data.set(name, 'null');
    storage.getItem(name); // recovered, but nobody is listening
    expect(storage.health().recovered).toBe(true);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  test('a recovery notifies listeners', () => {
    const local = new FakeStorage();
    local.data.set(name, '{"state":');
    const storage = setup(() => local);
    const seen: boolean[] = [];
    storage.subscribe(() => seen.push(storage.health().recovered));

    storage.getItem(name);

    expect(seen.at(-1)).toBe(true);
  });
});
