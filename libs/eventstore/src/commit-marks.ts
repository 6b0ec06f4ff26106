import type { Collection } from 'mongodb';
import { counter } from '@rapport/platform';
import type { OutboxDocument } from './event-document';

const marksMissed = counter(
  'rapport_outbox_commit_marks_missed_total',
  'Outbox entries left unmarked after their events were written; the relay checks them by key',
);

/** An outbox entry whose events are all in; `applied`: the store's read models have them too. */
export interface CommittedEntry {
  readonly entry: OutboxDocument;
  readonly applied: boolean;
}

/**
 * Told of a group's committed entries (an in-process relay); answers the ids of those it will
 * publish itself, which are then not marked unless they are still unpublished a while later.
 */
export type CommittedListener = (entries: readonly CommittedEntry[]) => Iterable<string>;

/**
 * How long an entry a relay of this process took may stay unpublished before it is marked after
 * all: well inside the relay's lease (15 s), after which a relay of another process may take its
 * shard and would otherwise have to look the entry's events up.
 */
export const MARK_FALLBACK_MS = 3_000;

/** Updates per bulk write: FerretDB 1.24 may never answer one of 100 or more. */
const MARKS_PER_WRITE = 50;

/**
 * The commit marks of appended entries (`committed: true`, with `applied: true` when the read
 * models saw them). A mark saves a relay the key lookup of the entry's last event (and, applied,
 * of the stream's head); it is never needed for correctness: an unmarked entry is published once
 * a relay has found its last event stored with the entry's token, so the entry of an append that
 * failed never goes out. A relay in this process learns of committed entries from memory
 * (`listen`), so the entries it takes cost no mark, one update statement less per append; only
 * those it has not published `fallbackMs` later are marked, for the relays of other processes.
 *
 * The entries no relay here takes are marked at once only for a store with read models
 * (`markUntaken`): there the mark (`applied`) spares a relay of another process its grace, the
 * head lookup and applying the events again. Without read models a mark would spare it only one
 * key lookup of the entry's last event, which costs the database less than the mark (FerretDB
 * rewrites the whole entry: 2.7 ms for one of 20 messages, 1.1 ms for one message, against 0.9 ms
 * for the lookup; `bench/outbox-mark-probe.ts`), and the relay does it off the append's path, with
 * no grace for entries older than it (see `AppendStates`); so such a store leaves them unmarked.
 * For a store with no relay in its process and no read models (a script, a worker whose entries a
 * relay elsewhere publishes) that is one statement of four per append less: see bench/README.md.
 */
export class CommitMarks {
  private readonly listeners = new Set<CommittedListener>();
  /** Entries a relay here took and has not published yet: when, and whether applied. */
  private readonly taken = new Map<string, { readonly at: number; readonly applied: boolean }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: Collection<OutboxDocument>,
    private readonly fallbackMs = MARK_FALLBACK_MS,
    /** Mark at once the entries no relay here takes (a store with read models). */
    private readonly markUntaken = true,
  ) {}

  /** Answers the function that stops the calls. */
  listen(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A group's entries are committed: relays here take theirs, the others are marked now (with
   * `markUntaken`) or left for a relay to look up.
   */
  async committed(entries: readonly CommittedEntry[]): Promise<void> {
    const takenIds = new Set<string>();
    for (const listener of this.listeners) for (const id of listener(entries)) takenIds.add(id);
    const now = Date.now();
    const rest: CommittedEntry[] = [];
    for (const item of entries) {
      if (takenIds.has(item.entry._id))
        this.taken.set(item.entry._id, { at: now, applied: item.applied });
      else rest.push(item);
    }
    this.schedule();
    if (!this.markUntaken) return;
    await this.mark(rest.map(({ entry, applied }) => ({ id: entry._id, applied })));
  }

  /** A relay here published and removed these entries: they need no mark any more. */
  published(ids: readonly string[]): void {
    for (const id of ids) this.taken.delete(id);
  }

  private schedule(): void {
    if (this.timer || this.taken.size === 0) return;
    // Unreferenced: a process that ends leaves its entries unmarked, which costs relays a lookup.
    this.timer = setTimeout(() => void this.markOverdue(), this.fallbackMs).unref();
  }

  private async markOverdue(): Promise<void> {
    this.timer = undefined;
    const before = Date.now() - this.fallbackMs;
    const due: { id: string; applied: boolean }[] = [];
    for (const [id, { at, applied }] of this.taken) {
      if (at > before) continue;
      due.push({ id, applied });
      this.taken.delete(id);
    }
    this.schedule();
    await this.mark(due);
  }

  private async mark(entries: readonly { id: string; applied: boolean }[]): Promise<void> {
    for (let i = 0; i < entries.length; i += MARKS_PER_WRITE) {
      const slice = entries.slice(i, i + MARKS_PER_WRITE);
      try {
        await this.outbox.bulkWrite(
          slice.map(({ id, applied }) => ({
            updateOne: {
              filter: { _id: id },
              update: { $set: applied ? { committed: true, applied: true } : { committed: true } },
            },
          })),
          { ordered: false },
        );
      } catch {
        marksMissed.inc(slice.length);
      }
    }
  }
}
