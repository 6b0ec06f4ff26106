import type { Collection, Db } from 'mongodb';

/** A bucket's rate: `quota` requests per `windowSeconds`, all of them usable at once (the burst). */
export interface RatePolicy {
  readonly quota: number;
  readonly windowSeconds: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  /** Requests left in the bucket now. */
  readonly remaining: number;
  /** Seconds until the bucket is full again (allowed) or until the next token (refused). */
  readonly resetSeconds: number;
}

interface SlotDocument {
  /** `${bucket}|${slot}` for a claimed token; `${bucket}` for the hint. */
  readonly _id: string;
  /** On the hint: the slot after the last one claimed, as far as this writer knew. */
  readonly next?: number;
}

const DUPLICATE_KEY = 11000;
/** The shared hint moves every this many claims; each instance remembers its own in between. */
const HINT_EVERY = 8;
const LOCAL_HINTS_MAX = 10_000;

/**
 * Token buckets shared by every gateway instance, claimed by inserting documents (a duplicate key
 * is a token someone else took), never by read-then-write or `$inc`: FerretDB 1.24 loses
 * concurrent `$inc`s (100 concurrent increments of one document ended at 56 and 81).
 *
 * Tokens are numbered slots on a grid of one emission interval (window / quota): slot k is
 * minted at k·interval and overflows the bucket once `quota` newer ones exist, so at any time the
 * claimable slots are the last `quota` minted; a request takes the lowest unclaimed one. Over any
 * span that admits at most quota + span/interval requests, as a token bucket does, whatever the
 * number of instances. Where to start probing comes from this instance's memory of the bucket,
 * else from a shared hint document moved every few claims; a stale start only costs extra
 * probes (duplicate keys), never an extra token. Each claim removes the slot that just
 * overflowed, so a bucket keeps about `quota` documents.
 */
export class RateBuckets {
  private readonly slots: Collection<SlotDocument>;
  private readonly localHints = new Map<string, number>();

  constructor(db: Db) {
    this.slots = db.collection<SlotDocument>('rate_buckets');
  }

  async take(bucket: string, policy: RatePolicy, nowMs: number): Promise<RateDecision> {
    const interval = (policy.windowSeconds * 1000) / policy.quota;
    const newest = Math.floor(nowMs / interval);
    const oldest = newest - policy.quota + 1;
    const start = this.localHints.get(bucket) ?? (await this.sharedHint(bucket));
    let taken = 0;
    for (let slot = Math.max(oldest, start ?? oldest); slot <= newest; slot++) {
      if (!(await this.claim(bucket, slot))) {
        // Other instances have been busy on this bucket: catch up through the shared hint
        // instead of probing their claims one by one.
        if (++taken % 4 === 0) slot = Math.max(slot, ((await this.sharedHint(bucket)) ?? 0) - 1);
        continue;
      }
      this.remember(bucket, slot + 1);
      if (slot % HINT_EVERY === 0) await this.moveHint(bucket, slot + 1);
      await this.slots.deleteOne({ _id: `${bucket}|${slot - policy.quota}` });
      return {
        allowed: true,
        remaining: newest - slot,
        resetSeconds: Math.ceil(((slot + policy.quota) * interval - nowMs) / 1000),
      };
    }
    return {
      allowed: false,
      remaining: 0,
      resetSeconds: Math.max(1, Math.ceil(((newest + 1) * interval - nowMs) / 1000)),
    };
  }

  private async sharedHint(bucket: string): Promise<number | undefined> {
    return (await this.slots.findOne({ _id: bucket }))?.next;
  }

  private remember(bucket: string, next: number): void {
    // A bound on memory: forgetting only means reading the shared hint again.
    if (this.localHints.size >= LOCAL_HINTS_MAX) this.localHints.clear();
    this.localHints.set(bucket, next);
  }

  private async moveHint(bucket: string, next: number): Promise<void> {
    try {
      await this.slots.updateOne({ _id: bucket }, { $max: { next } }, { upsert: true });
    } catch (error) {
      // Two instances created the hint at once; moving the other's is as good.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.slots.updateOne({ _id: bucket }, { $max: { next } });
    }
  }

  private async claim(bucket: string, slot: number): Promise<boolean> {
    try {
      await this.slots.insertOne({ _id: `${bucket}|${slot}` });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}
