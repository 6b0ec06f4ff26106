import type { ConsumerDeclaration } from '@rapport/messaging';
import type { WebhookSettings } from '../webhooks.config';
import { WebhookFanOut } from './webhook-fan-out';

/** Lifecycle events from the contexts' topics to partner apps (group `<prefix>-partner-webhooks`). */
export const partnerWebhooks = (
  settings: Pick<WebhookSettings, 'topics'>,
): ConsumerDeclaration<WebhookFanOut> => ({
  group: 'partner-webhooks',
  topics: settings.topics,
  uses: WebhookFanOut,
  handle: (fanOut, event) => fanOut.handle(event),
});
