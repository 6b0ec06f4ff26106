import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

export type RebuildState = 'running' | 'succeeded' | 'failed';

/** One rebuild, under its own id: written by the one process running it, read by anyone. */
export interface RebuildRecord {
  _id: string;
  readModel: string;
  state: RebuildState;
  phase: 'copy' | 'catch-up';
  /** The event store's size when it started: what `eventsRead` runs towards in the copy phase. */
  eventsTotal: number;
  eventsRead: number;
  documentsWritten: number;
  startedAt: Date;
  /** Moved at every batch: a running record that stops moving belongs to a stopped process. */
  updatedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

/** Which rebuild runs for a read model now, under the read model's name as `_id`. */
interface RunningClaim {
  _id: string;
  rebuildId: string;
}

/**
 * The rebuilds' records and claims, every read and write by `_id` (the fast path). The claim makes
 * a second start answer the running rebuild instead of starting another: an insert that fails on
 * the duplicate `_id`, never a read-then-write (FerretDB loses concurrent in-place updates).
 */
export class RebuildRecords {
  private readonly records: Collection<RebuildRecord>;
  private readonly claims: Collection<RunningClaim>;
  private readonly events: Collection;

  constructor(db: Db) {
    this.records = db.collection<RebuildRecord>('read_model_rebuilds');
    this.claims = db.collection<RunningClaim>('read_model_rebuild_claims');
    this.events = db.collection('events');
  }

  /** Claims the read model for `rebuildId`; the id already holding it when another does. */
  async claim(readModel: string, rebuildId: string): Promise<string | undefined> {
    try {
      await this.claims.insertOne({ _id: readModel, rebuildId });
      return undefined;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const holder = await this.claims.findOne({ _id: readModel });
      // Released between the insert and the read: claim again.
      return holder ? holder.rebuildId : this.claim(readModel, rebuildId);
    }
  }

  /**
   * Drops a claim whose rebuild stopped moving. Two callers may both drop it and one of them
   * then wins the insert; should both run anyway, each fills its own collection and the later
   * swap wins, so a double rebuild costs time, not correctness.
   */
  async release(readModel: string): Promise<void> {
    await this.claims.deleteOne({ _id: readModel });
  }

  async save(record: RebuildRecord): Promise<void> {
    await this.records.replaceOne({ _id: record._id }, record, { upsert: true });
  }

  /** Removes the record of a rebuild that lost its claim before it began. */
  async discard(rebuildId: string): Promise<void> {
    await this.records.deleteOne({ _id: rebuildId });
  }

  find(rebuildId: string): Promise<RebuildRecord | null> {
    return this.records.findOne({ _id: rebuildId });
  }

  /**
   * The store's size, once per rebuild, for the progress bar: a count the fast path cannot serve,
   * taken only when an operator starts a rebuild that then reads every event anyway.
   */
  eventCount(): Promise<number> {
    return this.events.estimatedDocumentCount();
  }
}
