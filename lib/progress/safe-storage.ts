import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ZodMiniType } from 'zod/mini';

/**
 * Our own storage adapter (RELIABILITY STO-1..3). Zustand's `createJSONStorage` lets a blocked `localStorage`,
 * a full quota or a corrupt blob throw into the UI or silently reset progress; this one never throws, falls back
 * to memory, retries every write, backs corrupt data up before starting afresh, and reports its health so the UI
 * can say when progress cannot be kept.
 */

export type StorageMode =
  | 'pending' // not known yet (server render, or before the first read)
  | 'local' // reads and writes reach localStorage
  | 'memory' // localStorage is unreachable (blocked, sandboxed): progress lasts until the page closes
  | 'memory-after-error'; // a write failed (quota, revoked access); kept in memory and retried on the next write

export type StorageHealth = {
  mode: StorageMode;
  /** True once saved data could not be read and was backed up before starting afresh. */
  recovered: boolean;
};

export const pendingHealth: StorageHealth = { mode: 'pending', recovered: false };

type SafeStorageOptions<S> = {
  /** Returns the browser storage; may throw (SecurityError in sandboxes) or return undefined (server). */
  getStorage: () => Storage | undefined;
  /** Validates the state of the current version; older versions go to zustand's `migrate`. */
  schema: ZodMiniType<S>;
  version: number;
  now?: () => number;
};

export type SafeStorage<S> = PersistStorage<S> & {
  health(): StorageHealth;
  subscribe(listener: () => void): () => void;
  /** Copies the raw value under `name` aside (for data `migrate` could not convert) and stops overwriting it if that fails. */
  quarantine(name: string): void;
  /** Raw string access for small preferences (the theme); never throws. */
  readRaw(name: string): string | null;
  writeRaw(name: string, value: string | null): void;
  /** Removes every key starting with `prefix`, including backups (RELIABILITY PRV-3). */
  clear(prefix: string): void;
};

export function createSafeStorage<S>({
  getStorage,
  schema,
  version,
  now = Date.now,
}: SafeStorageOptions<S>): SafeStorage<S> {
  const memory = new Map<string, string>();
  // Names whose stored value must not be overwritten because backing it up failed.
  const frozen = new Set<string>();
  const listeners = new Set<() => void>();
  let health: StorageHealth = pendingHealth;

  const update = (next: Partial<StorageHealth>) => {
    const merged = { ...health, ...next };
    if (merged.mode === health.mode && merged.recovered === health.recovered) return;
    health = merged;
    listeners.forEach((listener) => listener());
  };

  /** The browser storage if it can be reached right now, else undefined (and memory mode). */
  const local = (): Storage | undefined => {
    try {
      const storage = getStorage();
      if (storage) {
        if (health.mode === 'pending' || health.mode === 'memory') update({ mode: 'local' });
        return storage;
      }
    } catch {
      // Blocked storage (sandboxed iframe, disabled site data): fall through to memory.
    }
    if (health.mode !== 'memory-after-error') update({ mode: typeof window === 'undefined' ? 'pending' : 'memory' });
    return undefined;
  };

  const readRaw = (name: string): string | null => {
    const storage = local();
    if (memory.has(name)) return memory.get(name)!;
    try {
      return storage?.getItem(name) ?? null;
    } catch {
      update({ mode: 'memory' });
      return null;
    }
  };

  const writeRaw = (name: string, value: string | null) => {
    const storage = local();
    if (storage && !frozen.has(name)) {
      try {
        if (value === null) storage.removeItem(name);
        else storage.setItem(name, value);
        memory.delete(name);
        if (health.mode === 'memory-after-error') update({ mode: 'local' });
        return;
      } catch {
        // Quota exceeded or access revoked: keep the value in memory and try again on the next write.
        update({ mode: 'memory-after-error' });
      }
    }
    if (value === null) memory.delete(name);
    else memory.set(name, value);
  };

  const backUp = (name: string, raw: string) => {
    const backupName = `${name}.corrupt-${now()}`;
    const storage = local();
    try {
      storage?.setItem(backupName, raw);
      if (!storage) frozen.add(name);
    } catch {
      // Without a backup the original must stay where it is: never overwrite it in this page.
      frozen.add(name);
      update({ mode: 'memory-after-error' });
    }
    update({ recovered: true });
  };

  return {
    getItem(name): StorageValue<S> | null {
      const raw = readRaw(name);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!isEnvelope(parsed)) throw new Error('not a {state, version} object');
        if (parsed.version !== version) return parsed as StorageValue<S>; // zustand hands it to `migrate`
        return { state: schema.parse(parsed.state), version };
      } catch {
        backUp(name, raw);
        return null;
      }
    },
    setItem(name, value) {
      writeRaw(name, JSON.stringify(value));
    },
    removeItem(name) {
      writeRaw(name, null);
    },
    quarantine(name) {
      const raw = readRaw(name);
      if (raw !== null) backUp(name, raw);
    },
    readRaw,
    writeRaw,
    clear(prefix) {
      for (const name of [...memory.keys()]) if (name.startsWith(prefix)) memory.delete(name);
      frozen.clear();
      const storage = local();
      try {
        if (storage) {
          const names = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
            (name): name is string => name?.startsWith(prefix) ?? false,
          );
          names.forEach((name) => storage.removeItem(name));
        }
      } catch {
        update({ mode: 'memory-after-error' });
      }
      update({ recovered: false });
    },
    health: () => health,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function isEnvelope(value: unknown): value is { state: unknown; version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'state' in value &&
    typeof value.state === 'object' &&
    value.state !== null &&
    'version' in value &&
    Number.isInteger(value.version)
  );
}
