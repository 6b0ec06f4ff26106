import { createHash } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

interface IndexDocument {
  /**
   * `${collection}|${day}|${shard}|${seq}` for an entry, without `|${seq}` for its sequence's hint,
   * `${collection}|${day}` for the day's marker.
   */
  readonly _id: string;
  /** The `_id` of the document that expires that day. */
  readonly ref?: string;
  readonly next?: number;
}

// Deletes in flight at once while sweeping a day: enough to hide the round trips, few enough not
// to crowd out the requests the same database serves.
const SWEEP_BATCH = 16;

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

// A day's entries are numbered in a few independent sequences, picked by the ref: a burst of
// sign-ins would otherwise all race for the same next number (each loser retries the next one).
const SHARDS = 8;
const shardOf = (ref: string) => createHash('sha256').update(ref).digest()[0]! % SHARDS;

/**
 * Which documents of one collection expire on which day, so that they can be deleted by `_id`
 * once the day is over: no scan, no TTL index (neither suits the embedded database, see
 * ARCHITECTURE.md "The embedded database's fast path"). Each entry claims a number of its day by
 * insert from a hint (a duplicate key means the number is taken: FerretDB loses concurrent
 * in-place updates, so entries are never pushed onto one document), like the audit trail.
 */
export class ExpiryIndex {
  private readonly entries: Collection<IndexDocument>;
  private readonly markedDays = new Set<string>();

  constructor(
    db: Db,
    /** The collection whose documents this index expires. */
    readonly collection: string,
  ) {
    this.entries = db.collection<IndexDocument>('expiry_index');
  }

  /** Notes that the document `ref` expires at `expiresAt`; call before writing it. */
  async add(ref: string, expiresAt: Date): Promise<void> {
    const day = dayOf(expiresAt);
    await this.markDay(day);
    const bucket = `${this.collection}|${day}|${shardOf(ref)}`;
    const hint = await this.entries.findOne({ _id: bucket });
    for (let seq = hint?.next ?? 0; ; seq++) {
      try {
        await this.entries.insertOne({ _id: `${bucket}|${seq}`, ref });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      await this.moveHint(bucket, seq + 1);
      return;
    }
  }

  /**
   * Deletes every document noted for `day`, and the day's entries. Only for a day that is over:
   * entries are numbered without gaps up to the newest, so the sweep reads from 0 until the first
   * number that is missing past the hint. Running it again (after a crash) deletes the rest.
   */
  async sweepDay(day: string): Promise<number> {
    const marker = `${this.collection}|${day}`;
    // Most days of a first sweep's look-back have no entries: the day's marker tells in one read.
    if (!(await this.entries.findOne({ _id: marker }))) return 0;
    const shards = Array.from({ length: SHARDS }, (_, shard) =>
      this.sweepBucket(`${this.collection}|${day}|${shard}`),
    );
    const removed = (await Promise.all(shards)).reduce((sum, count) => sum + count, 0);
    await this.entries.deleteOne({ _id: marker });
    return removed;
  }

  private async sweepBucket(bucket: string): Promise<number> {
    const hint = await this.entries.findOne({ _id: bucket });
    const hinted = hint?.next ?? 0;
    if (!hint && !(await this.entries.findOne({ _id: `${bucket}|0` }))) return 0;
    const target = this.entries.db.collection<{ _id: string }>(this.collection);
    let removed = 0;
    for (let from = 0; ; from += SWEEP_BATCH) {
      const seqs = Array.from({ length: SWEEP_BATCH }, (_, i) => from + i);
      const found = await Promise.all(
        seqs.map((seq) => this.entries.findOne({ _id: `${bucket}|${seq}` })),
      );
      await Promise.all(
        found.map(async (entry) => {
          if (!entry?.ref) return;
          const { deletedCount } = await target.deleteOne({ _id: entry.ref });
          removed += deletedCount;
          await this.entries.deleteOne({ _id: entry._id });
        }),
      );
      // A missing number below the hint was swept by an earlier run; past it, the day is done.
      const lastSeen = found.findLastIndex((entry) => entry !== null);
      if (from + SWEEP_BATCH >= hinted && lastSeen < SWEEP_BATCH - 1) break;
    }
    if (hint) await this.entries.deleteOne({ _id: bucket });
    return removed;
  }

  /**
   * The day's marker, written before its first entry (so a day without one has none) once per
   * instance and day; a duplicate key means another instance wrote it.
   */
  private async markDay(day: string): Promise<void> {
    if (this.markedDays.has(day)) return;
    try {
      await this.entries.insertOne({ _id: `${this.collection}|${day}` });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    this.markedDays.add(day);
    // Sessions expire within days: the few newest days are all an instance needs to remember.
    if (this.markedDays.size > 32)
      this.markedDays.delete(this.markedDays.values().next().value ?? '');
  }

  private async moveHint(bucket: string, next: number): Promise<void> {
    try {
      // $max on one document may lose a concurrent update; the hint is only where to start.
      await this.entries.updateOne({ _id: bucket }, { $max: { next } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.entries.updateOne({ _id: bucket }, { $max: { next } });
    }
  }
}
