import { createHash } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import type { PartnerEventType } from '../partner-event-types';
import { NumberedLog } from './numbered-log';

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'exhausted' | 'cancelled';

export interface DeliveryAttempt {
  readonly at: Date;
  /** The receiver's HTTP status, when it answered. */
  readonly status?: number;
  /** Why there was no answer (timeout, refused connection…), when it did not. */
  readonly error?: string;
  readonly durationMs: number;
}

export interface WebhookDelivery {
  /** Also the `webhook-id` header: the same for every attempt and redelivery of the message. */
  readonly _id: string;
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly clientId: string;
  readonly eventId: string;
  readonly eventType: PartnerEventType;
  /** The JSON body exactly as signed and sent. */
  readonly body: string;
  readonly createdAt: Date;
  readonly status: DeliveryStatus;
  readonly attempts: readonly DeliveryAttempt[];
  readonly nextAttemptAt?: Date;
  /** 0 for the first delivery, then one more per manual redelivery (the workflow id's suffix). */
  readonly run: number;
  readonly runStartedAt: Date;
  /** Its number in the subscription's log, once listed there. */
  readonly seq?: number;
}

export type NewDelivery = Omit<
  WebhookDelivery,
  '_id' | 'status' | 'attempts' | 'run' | 'runStartedAt' | 'seq'
>;

/** One message per subscription and event, whatever the number of times Kafka hands it over. */
export function deliveryIdOf(tenantId: string, subscriptionId: string, eventId: string): string {
  const digest = createHash('sha256').update(`${tenantId}|${subscriptionId}|${eventId}`);
  return `msg_${digest.digest('base64url').slice(0, 27)}`;
}

const logBucket = (tenantId: string, subscriptionId: string) => `${tenantId}|${subscriptionId}`;

/**
 * The delivery log: one document per message by `_id` (attempts, statuses, the next attempt),
 * written by one delivery run at a time, and a numbered list per subscription for paging.
 */
export class WebhookDeliveries {
  private readonly deliveries: Collection<WebhookDelivery>;
  private readonly log: NumberedLog;

  constructor(db: Db) {
    this.deliveries = db.collection<WebhookDelivery>('webhook_deliveries');
    this.log = new NumberedLog(db, 'webhook_delivery_log');
  }

  find(deliveryId: string): Promise<WebhookDelivery | null> {
    return this.deliveries.findOne({ _id: deliveryId });
  }

  /**
   * Records the message unless it is already (a redelivered Kafka message), and lists it in the
   * subscription's log unless an earlier try got that far.
   */
  async record(delivery: NewDelivery): Promise<WebhookDelivery> {
    const _id = deliveryIdOf(delivery.tenantId, delivery.subscriptionId, delivery.eventId);
    const fresh: WebhookDelivery = {
      ...delivery,
      _id,
      status: 'pending',
      attempts: [],
      run: 0,
      runStartedAt: delivery.createdAt,
    };
    let stored = fresh;
    try {
      await this.deliveries.insertOne(fresh);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      stored = (await this.find(_id)) ?? fresh;
    }
    if (stored.seq !== undefined) return stored;
    const seq = await this.log.append(logBucket(delivery.tenantId, delivery.subscriptionId), _id);
    await this.deliveries.updateOne({ _id }, { $set: { seq } });
    return { ...stored, seq };
  }

  async recordAttempt(
    deliveryId: string,
    attempt: DeliveryAttempt,
    status: DeliveryStatus,
    nextAttemptAt: Date | undefined,
  ): Promise<void> {
    await this.deliveries.updateOne(
      { _id: deliveryId },
      nextAttemptAt
        ? { $push: { attempts: attempt }, $set: { status, nextAttemptAt } }
        : { $push: { attempts: attempt }, $set: { status }, $unset: { nextAttemptAt: '' } },
    );
  }

  async settle(deliveryId: string, status: 'exhausted' | 'cancelled'): Promise<void> {
    await this.deliveries.updateOne(
      { _id: deliveryId },
      { $set: { status }, $unset: { nextAttemptAt: '' } },
    );
  }

  /** A manual redelivery starts the next run; the caller checked no run is under way. */
  async startRun(delivery: WebhookDelivery, at: Date): Promise<number> {
    const run = delivery.run + 1;
    await this.deliveries.updateOne(
      { _id: delivery._id },
      { $set: { run, runStartedAt: at, status: 'pending' }, $unset: { nextAttemptAt: '' } },
    );
    return run;
  }

  /** The run could not be started (Temporal unreachable): the delivery reads as before it. */
  async abandonRun(delivery: WebhookDelivery): Promise<void> {
    await this.deliveries.updateOne({ _id: delivery._id }, { $set: { status: delivery.status } });
  }

  async page(
    tenantId: string,
    subscriptionId: string,
    options: { before?: number; limit: number },
  ): Promise<{ deliveries: WebhookDelivery[]; next?: number }> {
    const { values, next } = await this.log.page(logBucket(tenantId, subscriptionId), options);
    const found = await Promise.all(values.map((id) => this.find(id)));
    const deliveries = found.filter((delivery): delivery is WebhookDelivery => delivery !== null);
    return next === undefined ? { deliveries } : { deliveries, next };
  }
}
