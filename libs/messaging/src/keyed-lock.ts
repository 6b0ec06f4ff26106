/**
 * Runs work that holds several keys at once, one holder per key at a time, in arrival order.
 * Every key of a call is queued in the same tick, so waits only ever point at earlier calls and
 * two calls cannot deadlock whatever the order of their keys.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    const earlier = unique.map((key) => this.tails.get(key) ?? Promise.resolve());
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    for (const key of unique) this.tails.set(key, done);
    try {
      await Promise.all(earlier);
      return await work();
    } finally {
      release();
      for (const key of unique) if (this.tails.get(key) === done) this.tails.delete(key);
    }
  }
}
