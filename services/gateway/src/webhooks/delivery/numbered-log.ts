import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

interface LogDocument {
  /** `${bucket}|${seq}` for an entry; `${bucket}` for the bucket's hint. */
  readonly _id: string;
  readonly seq?: number;
  readonly value?: string;
  readonly next?: number;
}

/**
 * Entries numbered per bucket, newest first by the number: a number is claimed by inserting its
 * `_id` (a duplicate key means another writer took it), starting from a hint that may lag, so no
 * counter is ever updated in place (FerretDB loses concurrent in-place updates) and every read is
 * by `_id`. The audit trail numbers its records the same way.
 */
export class NumberedLog {
  private readonly entries: Collection<LogDocument>;

  constructor(db: Db, collection: string) {
    this.entries = db.collection<LogDocument>(collection);
  }

  async append(bucket: string, value: string): Promise<number> {
    const hint = await this.entries.findOne({ _id: bucket });
    for (let seq = hint?.next ?? 0; ; seq++) {
      try {
        await this.entries.insertOne({ _id: `${bucket}|${seq}`, seq, value });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      await this.moveHint(bucket, seq + 1);
      return seq;
    }
  }

  /** Up to `limit` values, newest first, before the number `before` when given. */
  async page(
    bucket: string,
    options: { before?: number; limit: number },
  ): Promise<{ values: string[]; next?: number }> {
    const hint = await this.entries.findOne({ _id: bucket });
    let newest = (hint?.next ?? 0) - 1;
    // The hint may lag behind an entry just claimed; probe past it.
    while (await this.entries.findOne({ _id: `${bucket}|${newest + 1}` })) newest++;
    const from = Math.min(newest, (options.before ?? newest + 1) - 1);
    const seqs = Array.from(
      { length: Math.max(0, Math.min(options.limit, from + 1)) },
      (_, i) => from - i,
    );
    const found = await Promise.all(
      seqs.map((seq) => this.entries.findOne({ _id: `${bucket}|${seq}` })),
    );
    const values = found.flatMap((entry) => (entry?.value === undefined ? [] : [entry.value]));
    const last = seqs.at(-1);
    return last !== undefined && last > 0 ? { values, next: last } : { values };
  }

  private async moveHint(bucket: string, next: number): Promise<void> {
    try {
      await this.entries.updateOne({ _id: bucket }, { $max: { next } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.entries.updateOne({ _id: bucket }, { $max: { next } });
    }
  }
}
