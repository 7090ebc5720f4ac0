/**
 * A small LRU map with a time-to-live: the thread context store and the event de-duplication both need memory
 * that cannot grow without bound in a bot that runs for months. Map keeps insertion order, so the first key is
 * the least recently used.
 */
export interface BoundedCacheOptions {
  maxEntries: number;
  ttlMs: number;
  /** Injected for tests; defaults to Date.now. */
  now?: () => number;
}

export class BoundedCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  readonly #max: number;
  readonly #ttl: number;
  readonly #now: () => number;

  constructor(options: BoundedCacheOptions) {
    if (options.maxEntries < 1) throw new RangeError('BoundedCache: maxEntries must be at least 1');
    this.#max = options.maxEntries;
    this.#ttl = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    // Refresh recency.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.#now() + this.#ttl });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  /** Records the key and returns true the first time it is seen (within the TTL), false afterwards. */
  claim(key: string, value: V): boolean {
    if (this.has(key)) return false;
    this.set(key, value);
    return true;
  }
}
