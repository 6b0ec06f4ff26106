import { type DynamicModule, Module } from '@nestjs/common';
import { dbBacked, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { AuditTrail } from '../audit/audit-trail';
import { PartnerClients } from '../partners/partner-clients';
import { ReceiverHealth } from './delivery/receiver-health';
import { WebhookDeliveryActivities } from './delivery/webhook-delivery.activities';
import { WebhookFanOut } from './delivery/webhook-fan-out';
import type { WebhookSettings } from './webhooks.config';
import { webhookProviders } from './webhooks.providers';

/** The webhooks worker: no routes, the consumer's fan-out and the delivery activities. */
@Module({})
export class WebhooksWorkerModule {
  static forRoot(deps: ServiceDeps, settings: WebhookSettings): DynamicModule {
    return serviceModule(WebhooksWorkerModule, deps, {
      providers: [
        ...webhookProviders(settings),
        ...dbBacked(ReceiverHealth, PartnerClients, AuditTrail),
        WebhookFanOut,
        WebhookDeliveryActivities,
      ],
    });
  }
}
