/** How an instance leases a bucket's slots: `size` per insert, from `skip` above the oldest. */
export interface LeasePlan {
  readonly size: number;
  readonly skip: number;
}

/** One slot per request, from the oldest: the bucket as a plain token bucket. */
export const SINGLE_SLOTS: LeasePlan = { size: 1, skip: 0 };

/** Half of the spec's 10% tolerance for what instances hold unused, half for the skipped slots. */
const SHARE = 0.05;
/**
 * A bound for huge quotas only: `instances × (size − 1) ≤ 5%` already bounds what is held unused,
 * and at the quota's own rate a lease is spent within `skip`'s lifetime. At 64 a caller at
 * 900 reads/s still paid an insert and two deletes per 64 reads, about 7% of the gateway's CPU
 * per read (bench/gateway-profile.ts); at 1,024 that is under half a percent.
 */
const MAX_SIZE = 1024;

/**
 * Sized so that what a bucket may fail to admit stays within a tenth of its quota:
 *
 * - every instance may hold the unused rest of a lease that nobody else can take:
 *   `instances × (size − 1)` tokens, at most 5% of the quota;
 * - leases start `skip` slots above the oldest usable one, so that a lease outlives the time a
 *   caller takes to spend it (the oldest slots overflow at the bucket's refill rate, which for a
 *   large quota is far faster than one caller's requests; a lease of them would expire unspent
 *   and every request would pay an insert). The skipped slots are never spent, which takes
 *   `skip` (5% of the quota) off the burst and nothing off the refill rate.
 *
 * Every instance must compute the same plan: a block is a range of slots named by its number.
 */
export function leasePlan(quota: number, instances: number): LeasePlan {
  const size = Math.max(1, Math.min(MAX_SIZE, Math.floor((quota * SHARE) / instances)));
  // A single slot is spent by the request that leased it: nothing to outlive.
  return size === 1 ? SINGLE_SLOTS : { size, skip: Math.floor(quota * SHARE) };
}
