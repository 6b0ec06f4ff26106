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

/**
 * Token buckets shared by every gateway instance, claimed by inserting documents (a duplicate key
 * is a token someone else took), never by read-then-write or `$inc`: FerretDB 1.24 loses
 * concurrent `$inc`s (100 concurrent increments of one document ended at 56 and 81).
 *
 * Tokens are numbered slots on a grid of one emission interval (window / quota): slot k is
 * minted at k·interval and overflows the bucket once `quota` newer ones exist, so at any time the
 * claimable slots are the last `quota` minted; a request takes the lowest unclaimed one. Over any
 * span that admits at most quota + span/interval requests, as a token bucket does, whatever the
 * number of instances. A hint document says where to start probing; a stale hint only costs
 * extra probes. Each claim removes the slot that just overflowed, so a bucket keeps about
 * `quota` documents.
 */
export class RateBuckets {
  private readonly slots: Collection<SlotDocument>;

  constructor(db: Db) {
    this.slots = db.collection<SlotDocument>('rate_buckets');
  }

  async take(bucket: string, policy: RatePolicy, nowMs: number): Promise<RateDecision> {
    const interval = (policy.windowSeconds * 1000) / policy.quota;
    const newest = Math.floor(nowMs / interval);
    const oldest = newest - policy.quota + 1;
    const hint = await this.slots.findOne({ _id: bucket });
    for (let slot = Math.max(oldest, hint?.next ?? oldest); slot <= newest; slot++) {
      if (!(await this.claim(bucket, slot))) continue;
      await this.moveHint(bucket, slot + 1);
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
