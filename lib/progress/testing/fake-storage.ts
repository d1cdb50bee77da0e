/** A Map-backed Storage whose reads and writes can be made to fail, like a full, revoked or damaged localStorage. */
export class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Thrown from setItem when set; `failWrite` limits it to some keys. */
  writeError: Error | undefined;
  failWrite: (key: string) => boolean = () => true;
  /** Thrown from getItem when set; `failRead` limits it to some keys. */
  readError: Error | undefined;
  failRead: (key: string) => boolean = () => true;

  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.readError && this.failRead(key)) throw this.readError;
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

export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
