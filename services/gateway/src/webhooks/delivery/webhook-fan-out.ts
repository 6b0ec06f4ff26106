import { Inject, Injectable } from '@nestjs/common';
import type { ConsumedEvent } from '@rapport/messaging';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { PartnerClients } from '../../partners/partner-clients';
import { partnerEventOf } from '../partner-event.mapping';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import { DeliveryStarter } from './delivery-starter';
import { WebhookDeliveries } from './webhook-deliveries';

/**
 * Turns one lifecycle event into a delivery per enabled subscription of its tenant that asked for
 * its type. Idempotent: the delivery's id comes from the subscription and the event, and its
 * workflow's id from the delivery, so handling the same message again adds nothing.
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly deliveries: WebhookDeliveries,
    private readonly partnerClients: PartnerClients,
    private readonly starter: DeliveryStarter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle({ envelope, payload }: ConsumedEvent): Promise<void> {
    const event = partnerEventOf(envelope, payload);
    if (!event) return;
    const { subscriptions } = await this.subscriptions.of(envelope.tenantId);
    const wanted = Object.values(subscriptions).filter(
      (subscription) =>
        subscription.status.kind === 'enabled' && subscription.eventTypes.includes(event.type),
    );
    for (const subscription of wanted) {
      const client = await this.partnerClients.find(subscription.clientId);
      if (!client || client.revokedAt || client.tenantId !== envelope.tenantId) continue;
      const delivery = await this.deliveries.record({
        tenantId: envelope.tenantId,
        subscriptionId: subscription.subscriptionId,
        clientId: subscription.clientId,
        eventId: envelope.eventId,
        eventType: event.type,
        body: JSON.stringify(event),
        createdAt: this.clock(),
      });
      if (delivery.run === 0) await this.starter.start(delivery._id, 0);
    }
  }
}
