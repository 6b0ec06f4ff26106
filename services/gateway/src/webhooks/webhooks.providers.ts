import type { Provider } from '@nestjs/common';
import { dbBacked } from '@rapport/service-skeleton';
import { DeliveryStarter } from './delivery/delivery-starter';
import { WebhookDeliveries } from './delivery/webhook-deliveries';
import { WebhookSubscriptions } from './webhook-subscriptions';
import { loadWebhookSettings, WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.config';

/**
 * What both processes need: the settings, the subscriptions, the delivery log and the starter of
 * delivery workflows. The gateway reads its webhook settings from the environment here rather
 * than through GatewayConfig, so both processes parse them with the same schema.
 */
export function webhookProviders(
  settings: WebhookSettings = loadWebhookSettings(process.env),
): Provider[] {
  return [
    { provide: WEBHOOK_SETTINGS, useValue: settings },
    WebhookSubscriptions,
    DeliveryStarter,
    ...dbBacked(WebhookDeliveries),
  ];
}
