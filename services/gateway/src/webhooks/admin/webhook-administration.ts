import { Inject, Injectable } from '@nestjs/common';
import { ConflictProblem, NotFoundProblem, ValidationProblem } from '@rapport/platform/http';
import type { Actor } from '@rapport/eventstore';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AuditTrail } from '../../audit/audit-trail';
import { DeliveryStarter } from '../delivery/delivery-starter';
import { WebhookDeliveries } from '../delivery/webhook-deliveries';
import {
  type WebhookSubscriptionCommand,
  WebhookSubscriptionRejected,
} from '../domain/webhook-subscriptions.decider';
import { allowedAddresses, ReceiverRefused } from '../receivers/receiver-addresses';
import { newSigningSecret } from '../webhook-secrets';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import type { SubscriptionBody } from './webhook-requests';
import { deliverySummary, deliveryView, subscriptionView } from './webhook-views';

/** Whose subscriptions a request manages: one partner app of one institution, and who asks. */
export interface WebhookOwner {
  readonly tenantId: string;
  readonly clientId: string;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * What an institution's admin (for any of its apps) or an app with `events:subscribe` (for
 * itself) may do with webhooks. Every change is audited with the actor who made it.
 */
@Injectable()
export class WebhookAdministration {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly deliveries: WebhookDeliveries,
    private readonly starter: DeliveryStarter,
    private readonly audit: AuditTrail,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Repeatable: the same body under the same id answers as the first time, secret included. */
  async create(owner: WebhookOwner, body: SubscriptionBody) {
    await this.assertReachable(body.url);
    const subscription = await this.run(owner, {
      type: 'Subscribe',
      ...body,
      clientId: owner.clientId,
      encryptedSecret: this.subscriptions.seal(newSigningSecret()),
      at: this.clock().toISOString(),
    });
    await this.record(owner, 'partner-webhook.created', body.subscriptionId, 201);
    return {
      ...subscriptionView(subscription),
      secret: this.subscriptions.open(subscription.createdSecret),
    };
  }

  async list(owner: WebhookOwner) {
    const { subscriptions } = await this.subscriptions.of(owner.tenantId);
    return {
      webhooks: Object.values(subscriptions)
        .filter((subscription) => subscription.clientId === owner.clientId)
        .map(subscriptionView),
    };
  }

  async get(owner: WebhookOwner, subscriptionId: string) {
    return subscriptionView(await this.subscriptionOf(owner, subscriptionId));
  }

  async setEnabled(owner: WebhookOwner, subscriptionId: string, enabled: boolean) {
    const at = this.clock().toISOString();
    const base = { subscriptionId, clientId: owner.clientId, at };
    const subscription = await this.run(
      owner,
      enabled ? { type: 'Enable', ...base } : { type: 'Disable', ...base, reason: 'by-admin' },
    );
    const action = enabled ? 'partner-webhook.enabled' : 'partner-webhook.disabled';
    await this.record(owner, action, subscriptionId, 200);
    return subscriptionView(subscription);
  }

  /** A new secret, shown once; the previous one keeps signing for the grace period. */
  async rotate(owner: WebhookOwner, subscriptionId: string) {
    const secret = newSigningSecret();
    const now = this.clock();
    const previousValidUntil = new Date(now.getTime() + this.settings.rotationGraceMs);
    await this.run(owner, {
      type: 'RotateSecret',
      subscriptionId,
      clientId: owner.clientId,
      encryptedSecret: this.subscriptions.seal(secret),
      previousValidUntil: previousValidUntil.toISOString(),
      at: now.toISOString(),
    });
    await this.record(owner, 'partner-webhook.secret-rotated', subscriptionId, 200);
    return { subscriptionId, secret, previousValidUntil: previousValidUntil.toISOString() };
  }

  async deliveryLog(
    owner: WebhookOwner,
    subscriptionId: string,
    page: { before?: number; limit: number },
  ) {
    await this.subscriptionOf(owner, subscriptionId);
    const { deliveries, next } = await this.deliveries.page(owner.tenantId, subscriptionId, page);
    const lines = deliveries.map(deliverySummary);
    return next === undefined ? { deliveries: lines } : { deliveries: lines, next };
  }

  async delivery(owner: WebhookOwner, subscriptionId: string, deliveryId: string) {
    return deliveryView(await this.deliveryOf(owner, subscriptionId, deliveryId));
  }

  /** The same message (same webhook-id) sent again, as a new run with the full retry window. */
  async redeliver(owner: WebhookOwner, subscriptionId: string, deliveryId: string) {
    const subscription = await this.subscriptionOf(owner, subscriptionId);
    if (subscription.status.kind !== 'enabled') {
      throw new ConflictProblem(`Webhook ${subscriptionId} is disabled; enable it first`);
    }
    const delivery = await this.deliveryOf(owner, subscriptionId, deliveryId);
    if (delivery.status === 'pending' || delivery.status === 'retrying') {
      throw new ConflictProblem(`Delivery ${deliveryId} is still being attempted`);
    }
    const run = await this.deliveries.startRun(delivery, this.clock());
    try {
      await this.starter.start(delivery._id, run);
    } catch (error) {
      // Otherwise it would read as being attempted, and refuse every later redelivery.
      await this.deliveries.abandonRun(delivery);
      throw error;
    }
    await this.record(owner, 'partner-webhook.redelivered', `${subscriptionId}/${deliveryId}`, 202);
    return { deliveryId, run, status: 'pending' as const };
  }

  /**
   * Refused now, where the admin sees why, rather than at every delivery: the host must resolve
   * to public addresses only. Delivery checks again as it connects (DNS may change meanwhile).
   */
  private async assertReachable(url: string): Promise<void> {
    try {
      await allowedAddresses(new URL(url).hostname, this.settings.loopbackReceivers);
    } catch (error) {
      if (!(error instanceof ReceiverRefused)) throw error;
      throw new ValidationProblem([
        { pointer: '/url', detail: `must reach a public address: ${error.message}` },
      ]);
    }
  }

  private async run(owner: WebhookOwner, command: WebhookSubscriptionCommand) {
    try {
      return await this.subscriptions.handle(owner.tenantId, command, owner.actor, owner.requestId);
    } catch (error) {
      if (!(error instanceof WebhookSubscriptionRejected)) throw error;
      if (error.reason === 'not-found') throw new NotFoundProblem(error.message);
      throw new ConflictProblem(error.message, { differences: error.differences });
    }
  }

  private async subscriptionOf(owner: WebhookOwner, subscriptionId: string) {
    const subscription = await this.subscriptions.find(owner.tenantId, subscriptionId);
    if (!subscription || subscription.clientId !== owner.clientId) {
      throw new NotFoundProblem(`No webhook ${subscriptionId} for this app`);
    }
    return subscription;
  }

  private async deliveryOf(owner: WebhookOwner, subscriptionId: string, deliveryId: string) {
    const delivery = await this.deliveries.find(deliveryId);
    if (
      !delivery ||
      delivery.tenantId !== owner.tenantId ||
      delivery.clientId !== owner.clientId ||
      delivery.subscriptionId !== subscriptionId
    ) {
      throw new NotFoundProblem(`No delivery ${deliveryId} of webhook ${subscriptionId}`);
    }
    return delivery;
  }

  private record(owner: WebhookOwner, action: string, target: string, outcome: number) {
    return this.audit.record({
      tenantId: owner.tenantId,
      actor: owner.actor,
      action,
      target: `${owner.clientId}/${target}`,
      requestId: owner.requestId,
      outcome,
      at: this.clock(),
    });
  }
}
