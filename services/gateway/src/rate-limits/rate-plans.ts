import type { Collection, Db } from 'mongodb';
import type { RatePolicy } from './rate-buckets';

interface RatePlanDocument {
  /** The tenant id. */
  readonly _id: string;
  readonly person?: RatePolicy;
  readonly partner?: RatePolicy;
}

const CACHE_MS = 30_000;

/**
 * An institution's plan: its quotas per person and per partner client, by `_id`. Read on the
 * request path, so kept for half a minute per tenant; a changed plan applies within that.
 */
export class RatePlans {
  private readonly plans: Collection<RatePlanDocument>;
  private readonly cache = new Map<string, { at: number; plan: RatePlanDocument | null }>();

  constructor(db: Db) {
    this.plans = db.collection<RatePlanDocument>('rate_plans');
  }

  async policyOf(tenantId: string, kind: 'person' | 'partner'): Promise<RatePolicy | undefined> {
    const now = Date.now();
    let cached = this.cache.get(tenantId);
    if (!cached || now - cached.at > CACHE_MS) {
      cached = { at: now, plan: await this.plans.findOne({ _id: tenantId }) };
      this.cache.set(tenantId, cached);
    }
    return cached.plan?.[kind];
  }

  async save(tenantId: string, plan: Omit<RatePlanDocument, '_id'>): Promise<void> {
    await this.plans.replaceOne({ _id: tenantId }, plan, { upsert: true });
    this.cache.delete(tenantId);
  }
}
