/**
 * Our own storage adapter (RELIABILITY STO-1..3, STO-11, STO-12). It never throws, falls back to memory, tells a
 * failed read from an empty one, keeps one backup per damaged value, refuses to overwrite a key it was told to leave
 * alone, and reports its health so the UI can say when progress cannot be kept and what the learner can do.
 */

type StorageMode =
  | 'pending' // not known yet (server render, or before the first read)
  | 'local' // reads and writes reach localStorage
  | 'memory' // localStorage is unreachable (blocked, sandboxed): progress lasts until the page closes
  | 'memory-after-error'; // a read or write failed, or the data must be left alone; kept in memory meanwhile

/** Why a key is not being saved, most specific first; the notice words its advice from this. */
type StorageProblem =
  | 'full' // QuotaExceededError: the learner can free space or save a code
  | 'write' // any other failed write (revoked access)
  | 'read' // getItem threw: the stored value is left as it is until a read succeeds (STO-11)
  | 'newer' // written by a newer version of Scamwise: kept untouched (STO-13)
  | 'no-backup'; // damaged data whose backup could not be written, so it is not replaced (STO-12)

export type StorageHealth = {
  mode: StorageMode;
  /** Set once saved data could not be read ('reset') or had bad parts left out ('partial'), after its backup. */
  recovered: 'reset' | 'partial' | null;
  problem: StorageProblem | null;
};

export const pendingHealth: StorageHealth = { mode: 'pending', recovered: null, problem: null };

type ReadResult = { ok: true; raw: string | null } | { ok: false };

type SafeStorage = {
  /** The stored value straight from localStorage, or `ok: false` when it cannot be read right now. */
  read(name: string): ReadResult;
  /** Writes unless the key is held (see `hold`); false when the value did not reach localStorage. */
  write(name: string, value: string | null): boolean;
  /** Stops writes to `name` for a reason, until `release` (a later good read) or `clear`. */
  hold(name: string, problem: Extract<StorageProblem, 'read' | 'newer' | 'no-backup'>): void;
  release(name: string): void;
  /**
   * Copies `raw` aside as `<name>.corrupt-<hash>`: the same damaged value always gets the same key, so reloading
   * never adds copies (STO-12). True when the copy is in storage; false means the original must not be replaced.
   */
  backUp(name: string, raw: string, recovered: 'reset' | 'partial'): boolean;
  /**
   * Whether localStorage holds `name`, without reading its value (so a value that cannot be read just now still
   * counts as there); undefined when storage cannot be reached.
   */
  has(name: string): boolean | undefined;
  /** Raw access for small preferences (theme, certificate name): memory first, then localStorage; never throws. */
  readRaw(name: string): string | null;
  writeRaw(name: string, value: string | null): void;
  /** Removes every key starting with `prefix`, backups included, and forgets every hold (RELIABILITY PRV-3). */
  clear(prefix: string): void;
  health(): StorageHealth;
  subscribe(listener: () => void): () => void;
};

const problemOrder: StorageProblem[] = ['full', 'newer', 'read', 'no-backup', 'write'];

/** A short, stable fingerprint of a damaged value (FNV-1a), so its backup key is the same on every load. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

const isQuota = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  /** Keys not saved right now, and why: failed writes clear on the key's next good write, holds on release. */
  const failing = new Map<string, StorageProblem>();
  const held = new Set<string>();
  const listeners = new Set<() => void>();
  let reachable: boolean | undefined;
  let recovered: StorageHealth['recovered'] = null;
  let health: StorageHealth = pendingHealth;

  const refresh = () => {
    const problems = [...failing.values()];
    const next: StorageHealth = {
      mode:
        reachable === undefined ? 'pending' : !reachable ? 'memory' : problems.length ? 'memory-after-error' : 'local',
      recovered,
      problem: problemOrder.find((p) => problems.includes(p)) ?? null,
    };
    if (next.mode === health.mode && next.recovered === health.recovered && next.problem === health.problem) return;
    health = next;
    listeners.forEach((listener) => listener());
  };

  const setFailing = (name: string, problem: StorageProblem | null) => {
    if (problem) failing.set(name, problem);
    else failing.delete(name);
    refresh();
  };

  /** The browser storage if it can be reached right now, else undefined (memory mode; pending on the server). */
  const local = (): Storage | undefined => {
    let storage: Storage | undefined;
    try {
      storage = getStorage();
    } catch {
      // Blocked storage (sandboxed iframe, disabled site data): memory only.
    }
    const now = storage ? true : typeof window === 'undefined' ? undefined : false;
    if (now !== reachable) {
      reachable = now;
      refresh();
    }
    return storage;
  };

  const put = (storage: Storage, name: string, value: string | null): StorageProblem | null => {
    try {
      if (value === null) storage.removeItem(name);
      else storage.setItem(name, value);
      return null;
    } catch (error) {
      return isQuota(error) ? 'full' : 'write';
    }
  };

  return {
    read(name) {
      const storage = local();
      if (!storage) return { ok: false };
      try {
        return { ok: true, raw: storage.getItem(name) };
      } catch {
        return { ok: false };
      }
    },
    write(name, value) {
      const storage = local();
      if (!storage || held.has(name)) return false;
      const problem = put(storage, name, value);
      setFailing(name, problem);
      return problem === null;
    },
    hold(name, problem) {
      held.add(name);
      setFailing(name, problem);
    },
    release(name) {
      if (!held.delete(name)) return;
      setFailing(name, null);
    },
    backUp(name, raw, kind) {
      const storage = local();
      const backupName = `${name}.corrupt-${fingerprint(raw)}`;
      let saved = false;
      try {
        saved =
          storage?.getItem(backupName) === raw || (storage !== undefined && put(storage, backupName, raw) === null);
      } catch {
        saved = false;
      }
      recovered = recovered === 'reset' ? 'reset' : kind;
      refresh();
      return saved;
    },
    has(name) {
      const storage = local();
      if (!storage) return undefined;
      try {
        for (let i = 0; i < storage.length; i++) if (storage.key(i) === name) return true;
        return false;
      } catch {
        return undefined;
      }
    },
    readRaw(name) {
      const storage = local();
      if (memory.has(name)) return memory.get(name)!;
      try {
        return storage?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    writeRaw(name, value) {
      const storage = local();
      const problem = storage ? put(storage, name, value) : null;
      if (storage && problem === null) {
        memory.delete(name);
      } else {
        // Quota exceeded or access revoked: keep the value in memory and try again on the next write.
        if (value === null) memory.delete(name);
        else memory.set(name, value);
      }
      if (storage) setFailing(name, problem);
    },
    clear(prefix) {
      for (const name of [...memory.keys()]) if (name.startsWith(prefix)) memory.delete(name);
      held.clear();
      failing.clear();
      recovered = null;
      const storage = local();
      try {
        if (storage) {
          const names = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
            (name): name is string => name?.startsWith(prefix) ?? false,
          );
          names.forEach((name) => storage.removeItem(name));
        }
      } catch {
        failing.set(prefix, 'write');
      }
      refresh();
    },
    health: () => health,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
