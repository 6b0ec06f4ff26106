import { Inject, Injectable } from '@nestjs/common';
import { type Actor, EventStore, handleCommand, loadStream } from '@rapport/eventstore';
import { CLOCK, type Clock, NEW_ID, type NewId } from '@rapport/service-skeleton';
import {
  WEBHOOK_SUBSCRIPTIONS_STREAM,
  type WebhookSubscriptionCommand,
  webhookSubscriptionsDecider,
} from './domain/webhook-subscriptions.decider';
import {
  subscriptionIn,
  type WebhookSubscription,
  type WebhookSubscriptionsState,
} from './domain/webhook-subscriptions.state';
import { SecretBox } from './webhook-secrets';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.config';

/**
 * A tenant's webhook subscriptions, on its `partner-webhooks` stream: loaded by key (the head's
 * snapshot and the events after it), changed through the decider with the stream's version as
 * the guard, and their signing secrets sealed and opened with the configured key.
 */
@Injectable()
export class WebhookSubscriptions {
  private readonly box: SecretBox;

  constructor(
    private readonly store: EventStore,
    @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {
    this.box = new SecretBox(settings.secretsKey);
  }

  async of(tenantId: string): Promise<WebhookSubscriptionsState> {
    const { state } = await loadStream(this.store, webhookSubscriptionsDecider, {
      tenantId,
      streamId: WEBHOOK_SUBSCRIPTIONS_STREAM,
    });
    return state;
  }

  async find(tenantId: string, subscriptionId: string): Promise<WebhookSubscription | undefined> {
    return subscriptionIn(await this.of(tenantId), subscriptionId);
  }

  /** Runs a command; the subscription as it stands after it (the decider refuses unknown ids). */
  async handle(
    tenantId: string,
    command: WebhookSubscriptionCommand,
    actor: Actor,
    correlationId: string,
  ): Promise<WebhookSubscription> {
    const { state } = await handleCommand(
      this.store,
      webhookSubscriptionsDecider,
      { tenantId, streamId: WEBHOOK_SUBSCRIPTIONS_STREAM },
      command,
      { actor, occurredAt: this.clock(), correlationId },
      { nextEventId: this.newId },
    );
    const subscription = subscriptionIn(state, command.subscriptionId);
    if (!subscription) throw new Error(`webhook ${command.subscriptionId} vanished`);
    return subscription;
  }

  seal(secret: string): string {
    return this.box.seal(secret);
  }

  open(sealed: string): string {
    return this.box.open(sealed);
  }

  /** The secrets that sign a delivery now: the current one, and the previous during its grace. */
  liveSecrets(subscription: WebhookSubscription, now: Date): string[] {
    return subscription.secrets
      .filter(({ validUntil }) => validUntil === undefined || new Date(validUntil) > now)
      .map(({ encrypted }) => this.box.open(encrypted));
  }
}
