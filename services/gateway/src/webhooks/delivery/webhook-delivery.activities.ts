import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { type Agent, fetch } from 'undici';
import { counter } from '@rapport/platform';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AuditTrail } from '../../audit/audit-trail';
import { PartnerClients } from '../../partners/partner-clients';
import { signedHeaders } from '../webhook-signing';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import { guardedDispatcher } from '../receivers/guarded-dispatcher';
import { literalRefusal } from '../receivers/receiver-addresses';
import { ReceiverHealth } from './receiver-health';
import { type WebhookDelivery, WebhookDeliveries } from './webhook-deliveries';
import { SUBSCRIPTION_GONE } from './workflows/webhook-delivery.workflow';

export interface DeliveryActivities {
  attemptDelivery(deliveryId: string): Promise<void>;
  deliveryExhausted(deliveryId: string): Promise<void>;
  deliveryCancelled(deliveryId: string): Promise<void>;
}

const SYSTEM = { id: 'partner-webhooks', role: 'system' } as const;

/** Attempts by outcome, and deliveries that ended without one: what an operator alerts on. */
const attempts = counter('rapport_webhook_attempts_total', 'Webhook delivery attempts', [
  'outcome',
]);
const settled = counter('rapport_webhook_deliveries_settled_total', 'Deliveries given up', [
  'outcome',
]);

/** The activities of a delivery: one signed POST per attempt, and what follows the last. */
@Injectable()
export class WebhookDeliveryActivities implements DeliveryActivities {
  /** Connects only to addresses a receiver may have, checked as each connection is made. */
  private readonly dispatcher: Agent;

  constructor(
    private readonly deliveries: WebhookDeliveries,
    private readonly subscriptions: WebhookSubscriptions,
    private readonly health: ReceiverHealth,
    private readonly partnerClients: PartnerClients,
    private readonly audit: AuditTrail,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.dispatcher = guardedDispatcher(settings.loopbackReceivers);
  }

  /** The functions Temporal calls, bound to this instance. */
  functions(): DeliveryActivities {
    return {
      attemptDelivery: (id) => this.attemptDelivery(id),
      deliveryExhausted: (id) => this.deliveryExhausted(id),
      deliveryCancelled: (id) => this.deliveryCancelled(id),
    };
  }

  async attemptDelivery(deliveryId: string): Promise<void> {
    const delivery = await this.deliveries.find(deliveryId);
    if (!delivery)
      throw ApplicationFailure.nonRetryable(`no delivery ${deliveryId}`, SUBSCRIPTION_GONE);
    const subscription = await this.subscriptions.find(delivery.tenantId, delivery.subscriptionId);
    const client = await this.partnerClients.find(delivery.clientId);
    // Disabled (by an admin, or for failing) or its app revoked since: stop without counting.
    if (subscription?.status.kind !== 'enabled' || !client || client.revokedAt) {
      throw ApplicationFailure.nonRetryable(
        'the subscription is no longer active',
        SUBSCRIPTION_GONE,
      );
    }
    const at = this.clock();
    const headers = signedHeaders(
      delivery._id,
      at,
      delivery.body,
      this.subscriptions.liveSecrets(subscription, at),
    );
    const answer = await this.post(subscription.url, headers, delivery.body);
    const attempt = { at, durationMs: this.clock().getTime() - at.getTime(), ...answer };
    const accepted = answer.status !== undefined && answer.status >= 200 && answer.status < 300;
    attempts.inc({
      outcome: accepted ? 'accepted' : answer.status === undefined ? 'no-answer' : 'refused',
    });
    if (accepted) {
      await this.deliveries.recordAttempt(deliveryId, attempt, 'delivered', undefined);
      await this.health.delivered(delivery.tenantId, delivery.subscriptionId, at);
      return;
    }
    await this.deliveries.recordAttempt(
      deliveryId,
      attempt,
      'retrying',
      this.nextAttemptAt(delivery, at),
    );
    throw ApplicationFailure.retryable(
      answer.status === undefined ? `no answer: ${answer.error}` : `answered ${answer.status}`,
      'ReceiverFailed',
    );
  }

  /**
   * The window closed without a 2xx. When nothing else reached the receiver since this run began
   * either, it has failed for the whole window: the subscription is disabled (and audited).
   */
  async deliveryExhausted(deliveryId: string): Promise<void> {
    await this.deliveries.settle(deliveryId, 'exhausted');
    settled.inc({ outcome: 'exhausted' });
    const delivery = await this.deliveries.find(deliveryId);
    if (!delivery) return;
    const { tenantId, subscriptionId, clientId } = delivery;
    if (await this.health.deliveredSince(tenantId, subscriptionId, delivery.runStartedAt)) return;
    const before = await this.subscriptions.find(tenantId, subscriptionId);
    if (before?.status.kind !== 'enabled') return;
    const at = this.clock();
    await this.subscriptions.handle(
      tenantId,
      { type: 'Disable', subscriptionId, clientId, reason: 'failing', at: at.toISOString() },
      SYSTEM,
      deliveryId,
    );
    await this.audit.record({
      tenantId,
      actor: SYSTEM,
      action: 'partner-webhook.disabled-after-failures',
      target: `${clientId}/${subscriptionId}`,
      requestId: deliveryId,
      outcome: 200,
      at,
    });
  }

  async deliveryCancelled(deliveryId: string): Promise<void> {
    await this.deliveries.settle(deliveryId, 'cancelled');
    settled.inc({ outcome: 'cancelled' });
  }

  /** When Temporal will try again: its backoff after this attempt, if still inside the window. */
  private nextAttemptAt(delivery: WebhookDelivery, at: Date): Date | undefined {
    const { initialIntervalMs, backoffCoefficient, maximumIntervalMs, windowMs } =
      this.settings.retry;
    const attempt = Context.current().info.attempt;
    const delay = Math.min(
      initialIntervalMs * backoffCoefficient ** (attempt - 1),
      maximumIntervalMs,
    );
    const next = new Date(at.getTime() + delay);
    return next.getTime() < delivery.runStartedAt.getTime() + windowMs ? next : undefined;
  }

  private async post(
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<{ status: number } | { error: string; status?: undefined }> {
    try {
      // An IP literal never reaches the dispatcher's DNS check; host names are checked there.
      const refusal = literalRefusal(new URL(url).hostname, this.settings.loopbackReceivers);
      if (refusal) return { error: `refused: ${refusal}` };
      const reply = await fetch(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'user-agent': 'Rapport-Webhooks/1',
        },
        body,
        // A redirect is an answer, not an invitation to post the message elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.attemptTimeoutMs),
        dispatcher: this.dispatcher,
      });
      await reply.body?.cancel();
      return { status: reply.status };
    } catch (error) {
      // fetch says only "fetch failed"; the cause says why (a refused address among them).
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      return { error: cause instanceof Error ? cause.message : String(cause) };
    }
  }
}
