import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { SHARD_COUNT } from '../event-document';

interface LeaseDocument {
  _id: number;
  owner: string;
  expiresAt: Date;
}

/**
 * Relay instances divide the outbox by shard (a hash of the stream). One instance holds a shard's
 * lease at a time, so one stream is published by one instance, in version order. Leases are single
 * documents taken with a conditional upsert: free or expired → ours; held by another → a duplicate
 * key on insert, which means "not ours". A crashed instance's shards move on once its leases expire;
 * an instance restarted under the same id takes its own shards back at once.
 */
export class ShardLeases {
  private readonly leases: Collection<LeaseDocument>;
  private held = new Map<number, number>();

  constructor(
    db: Db,
    private readonly owner: string,
    private readonly leaseMs: number,
    private readonly maxShards = SHARD_COUNT,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.leases = db.collection<LeaseDocument>('relay_leases');
  }

  /**
   * Renews the shards held and claims free or expired ones; returns the shards now held. The held
   * ones are renewed in one write when it finds every one of them still ours (a lease taken over
   * sends them all to the shard-by-shard claim), so an instance holding every shard pays one
   * command per refresh rather than one per shard.
   */
  async refresh(): Promise<number[]> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.leaseMs);
    const next = new Map<number, number>();
    if (this.held.size > 0) {
      const renewed = await this.leases.updateMany(
        // A scan, but of one small document per shard.
        { _id: { $in: [...this.held.keys()] }, owner: this.owner },
        { $set: { expiresAt } },
      );
      if (renewed.modifiedCount === this.held.size) {
        for (const shard of this.held.keys()) next.set(shard, expiresAt.getTime());
      }
    }
    for (let shard = 0; shard < SHARD_COUNT; shard++) {
      if (next.size >= this.maxShards) break;
      if (next.has(shard)) continue;
      try {
        const taken = await this.leases.findOneAndUpdate(
          { _id: shard, $or: [{ owner: this.owner }, { expiresAt: { $lt: now } }] },
          { $set: { owner: this.owner, expiresAt } },
          { upsert: true, returnDocument: 'after' },
        );
        if (taken?.owner === this.owner) next.set(shard, expiresAt.getTime());
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    this.held = next;
    return [...next.keys()];
  }

  /**
   * The shards still ours with a margin to spare: a batch is only published while its lease
   * outlives the time the publish may take, so a lease never lapses mid-batch.
   */
  usable(marginMs: number): number[] {
    const now = this.clock().getTime();
    return [...this.held].filter(([, until]) => until - now > marginMs).map(([shard]) => shard);
  }

  async release(): Promise<void> {
    await this.leases.deleteMany({ owner: this.owner });
    this.held.clear();
  }
}
