/** Per stream key, the last version applied to one read-model document. */
export type Applied = Record<string, number>;

/** Documents remembered at most; past it the least recently used are forgotten (a read each). */
const MAX_DOCUMENTS = 50_000;

/**
 * The guards of read-model documents as this process last wrote (or read) them, keyed by
 * database, collection and `_id`, so that a writer that keeps writing the same documents need not
 * read their guards before every write. Entries are set and used only under the documents'
 * per-process lock (`applyGuarded`), so writers of this process keep them exact among
 * themselves. A write of another process is invisible here: callers use the memory only where no
 * other process applies the same stream versions (a writer's own fresh appends; a consumer's
 * partitions since it last joined its group), and read the guards everywhere else. A failed
 * write forgets its documents; a rebuild writes to a collection of another name, so it starts
 * from reads; a restart starts empty.
 */
export class GuardMemory {
  private readonly documents = new Map<string, Applied>();

  get(key: string): Applied | undefined {
    const applied = this.documents.get(key);
    if (applied === undefined) return undefined;
    // Map order is insertion order: moving a used entry to the end keeps the oldest first.
    this.documents.delete(key);
    this.documents.set(key, applied);
    return { ...applied };
  }

  set(key: string, applied: Applied): void {
    this.documents.delete(key);
    this.documents.set(key, { ...applied });
    if (this.documents.size > MAX_DOCUMENTS) {
      const oldest = this.documents.keys().next();
      if (!oldest.done) this.documents.delete(oldest.value);
    }
  }

  forget(keys: readonly string[]): void {
    for (const key of keys) this.documents.delete(key);
  }

  /** Forgets every document of a database (`<db>.` prefix of the keys). */
  forgetDatabase(dbName: string): void {
    const prefix = `${dbName}.`;
    for (const key of [...this.documents.keys()])
      if (key.startsWith(prefix)) this.documents.delete(key);
  }
}
