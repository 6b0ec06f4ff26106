import { LRUCache } from 'lru-cache';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { BlockSweep } from './block-sweep';
import { type HeldSlots, takeHeldSlot } from './held-slots';
import { type LeasePlan, SINGLE_SLOTS } from './lease-plan';

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

interface BlockDocument {
  /** `${bucket}|${block}` for a leased block of slots; `${bucket}` for the hint. */
  readonly _id: string;
  /** On the hint: the block after the last one leased, as far as this writer knew. */
  readonly next?: number;
}

/** What this instance knows of a bucket: where to lease next, and the slots it holds. */
interface BucketState {
  nextBlock: number | undefined;
  readonly held: HeldSlots;
  /** The lease in flight, if any: true when it got a block. */
  leasing?: Promise<boolean>;
}

/** The shared hint moves every this many leases; each instance remembers its own in between. */
const HINT_EVERY = 8;
const BUCKETS_REMEMBERED = 10_000;

/**
 * Token buckets shared by every gateway instance, claimed by inserting documents (a duplicate key
 * is a lease someone else took), never by read-then-write or `$inc`: FerretDB 1.24 loses
 * concurrent `$inc`s (100 concurrent increments of one document ended at 56 and 81).
 *
 * Tokens are numbered slots on a grid of one emission interval (window / quota): slot s is
 * minted at s·interval and overflows the bucket once `quota` newer ones exist, so at any time the
 * usable slots are the last `quota` minted. Slots are leased in blocks of `k` (block b holds
 * slots b·k … b·k+k−1) by one insert of `bucket|b`; the instance then spends them from memory,
 * each only while it is minted and not yet overflowed. No slot is ever spent twice, so over any
 * span at most quota + span/interval requests pass, however many instances there are; what an
 * instance holds unused is what the others lose, bounded by `leasePlan`. Where to lease next
 * comes from this instance's memory, else from a shared hint moved every few leases; a stale
 * start only costs extra probes (duplicate keys). Expired blocks are deleted by `BlockSweep`
 * off the request path.
 */
export class RateBuckets {
  private readonly blocks: Collection<BlockDocument>;
  private readonly states = new LRUCache<string, BucketState>({ max: BUCKETS_REMEMBERED });
  private readonly sweep: BlockSweep;

  constructor(db: Db) {
    this.blocks = db.collection<BlockDocument>('rate_buckets');
    this.sweep = new BlockSweep(this.blocks);
  }

  async take(
    bucket: string,
    policy: RatePolicy,
    nowMs: number,
    plan: LeasePlan = SINGLE_SLOTS,
  ): Promise<RateDecision> {
    const { interval, newest, oldest } = slotWindow(policy, nowMs);
    const state = this.stateOf(bucket);
    for (;;) {
      const slot = takeHeldSlot(state.held, oldest, newest);
      if (slot !== undefined) return admitted(slot, newest, interval, policy, nowMs);
      // One lease at a time per bucket and instance: a burst waits for it instead of racing
      // its own instance for the same blocks.
      if (!state.leasing) {
        const leasing = this.lease(bucket, state, plan, { oldest, newest, interval, policy });
        const done = () => (state.leasing = undefined);
        leasing.then(done, done);
        state.leasing = leasing;
      }
      if (!(await state.leasing)) break;
    }
    return {
      allowed: false,
      remaining: 0,
      resetSeconds: Math.max(1, Math.ceil(((newest + 1) * interval - nowMs) / 1000)),
    };
  }

  /**
   * `take` from the slots this instance holds, without waiting: the decision when one of them is
   * usable now, else undefined (`take` then decides, leasing if it can).
   */
  takeHeld(bucket: string, policy: RatePolicy, nowMs: number): RateDecision | undefined {
    const state = this.states.get(bucket);
    if (!state) return undefined;
    const { interval, newest, oldest } = slotWindow(policy, nowMs);
    const slot = takeHeldSlot(state.held, oldest, newest);
    return slot === undefined ? undefined : admitted(slot, newest, interval, policy, nowMs);
  }

  /** Deletes the leases whose every slot has overflowed by `nowMs`; the timer calls it too. */
  sweepExpired(nowMs: number): Promise<number> {
    return this.sweep.run(nowMs);
  }

  /** Stops the periodic sweep (the application is shutting down). */
  stop(): void {
    this.sweep.stop();
  }

  /** Claims the lowest free block with a usable slot and holds its slots; false when none is. */
  private async lease(
    bucket: string,
    state: BucketState,
    plan: LeasePlan,
    window: { oldest: number; newest: number; interval: number; policy: RatePolicy },
  ): Promise<boolean> {
    const lease = plan.size;
    const start = state.nextBlock ?? (await this.sharedHint(bucket)) ?? 0;
    const last = Math.floor(window.newest / lease);
    const lowest = Math.floor(Math.min(window.oldest + plan.skip, window.newest) / lease);
    let taken = 0;
    // Every block from the oldest slot's to the newest's holds at least one usable slot.
    for (let block = Math.max(lowest, start); block <= last; block++) {
      if (!(await this.claim(bucket, block))) {
        // Other instances have been busy on this bucket: catch up through the shared hint
        // instead of probing their leases one by one.
        if (++taken % 4 === 0) block = Math.max(block, ((await this.sharedHint(bucket)) ?? 0) - 1);
        continue;
      }
      state.nextBlock = block + 1;
      state.held.push({ from: block * lease, to: block * lease + lease - 1 });
      this.scheduleDeletions(
        bucket,
        block,
        lease,
        window.policy.quota,
        window.interval,
        window.newest,
      );
      if (block % HINT_EVERY === 0) await this.moveHint(bucket, block + 1);
      return true;
    }
    state.nextBlock = Math.max(state.nextBlock ?? 0, last + 1);
    return false;
  }

  private stateOf(bucket: string): BucketState {
    let state = this.states.get(bucket);
    if (!state) {
      // Forgetting a bucket (the cache is bounded) loses its held slots: fewer tokens, never more.
      state = { nextBlock: undefined, held: [] };
      this.states.set(bucket, state);
    }
    return state;
  }

  /**
   * This lease is deleted once its last slot overflowed. So is the block that overflowed most
   * recently, whoever held it: an instance that stopped (a deploy, a crash) leaves its leases
   * to the next one that uses the bucket.
   */
  private scheduleDeletions(
    bucket: string,
    block: number,
    lease: number,
    quota: number,
    interval: number,
    newest: number,
  ): void {
    const expiresAt = (b: number) => (b * lease + lease - 1 + quota) * interval;
    this.sweep.schedule(`${bucket}|${block}`, expiresAt(block));
    const overflowed = Math.floor((newest - quota - lease + 1) / lease);
    if (overflowed >= 0) this.sweep.schedule(`${bucket}|${overflowed}`, expiresAt(overflowed));
  }

  private async sharedHint(bucket: string): Promise<number | undefined> {
    return (await this.blocks.findOne({ _id: bucket }))?.next;
  }

  private async moveHint(bucket: string, next: number): Promise<void> {
    try {
      await this.blocks.updateOne({ _id: bucket }, { $max: { next } }, { upsert: true });
    } catch (error) {
      // Two instances created the hint at once; moving the other's is as good.
      if (!isDuplicateKeyError(error)) throw error;
      await this.blocks.updateOne({ _id: bucket }, { $max: { next } });
    }
  }

  private async claim(bucket: string, block: number): Promise<boolean> {
    try {
      await this.blocks.insertOne({ _id: `${bucket}|${block}` });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

/** The slots a request may spend at `nowMs`: the newest one due, back to a window's worth. */
function slotWindow(policy: RatePolicy, nowMs: number) {
  const interval = (policy.windowSeconds * 1000) / policy.quota;
  const newest = Math.floor(nowMs / interval);
  return { interval, newest, oldest: newest - policy.quota + 1 };
}

/** The decision for a request that spent `slot`. */
function admitted(
  slot: number,
  newest: number,
  interval: number,
  policy: RatePolicy,
  nowMs: number,
): RateDecision {
  return {
    allowed: true,
    remaining: newest - slot,
    resetSeconds: Math.ceil(((slot + policy.quota) * interval - nowMs) / 1000),
  };
}
