import type { Collection, Db } from 'mongodb';

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
    await this.health.updateOne(
      { _id: `${tenantId}|${subscriptionId}` },
      { $max: { lastDeliveredAt: at } },
      { upsert: true },
    );
  }

  /** Whether any message reached the receiver after `since`. */
  async deliveredSince(tenantId: string, subscriptionId: string, since: Date): Promise<boolean> {
    const found = await this.health.findOne({ _id: `${tenantId}|${subscriptionId}` });
    return found !== null && found.lastDeliveredAt > since;
  }
}
