import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

interface HealthDocument {
  /** `${tenantId}|${subscriptionId}` */
  readonly _id: string;
  readonly lastDeliveredAt: Date;
}

/**
 * When each subscription's receiver last accepted a message, for the auto-disable rule. `$max`
 * is an in-place update, which FerretDB may lose under concurrency; two successes racing are
 * milliseconds apart, so the value kept is at worst that much older, which the rule tolerates.
 */
export class ReceiverHealth {
  private readonly health: Collection<HealthDocument>;

  constructor(db: Db) {
    this.health = db.collection<HealthDocument>('webhook_receiver_health');
  }

  async delivered(tenantId: string, subscriptionId: string, at: Date): Promise<void> {
    const filter = { _id: `${tenantId}|${subscriptionId}` };
    const update = { $max: { lastDeliveredAt: at } };
    try {
      await this.health.updateOne(filter, update, { upsert: true });
    } catch (error) {
      // Two first successes raced to insert the document: the loser updates the winner's.
      if (!isDuplicateKeyError(error)) throw error;
      await this.health.updateOne(filter, update);
    }
  }

  /** Whether any message reached the receiver after `since`. */
  async deliveredSince(tenantId: string, subscriptionId: string, since: Date): Promise<boolean> {
    const found = await this.health.findOne({ _id: `${tenantId}|${subscriptionId}` });
    return found !== null && found.lastDeliveredAt > since;
  }
}
