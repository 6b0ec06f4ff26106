import { BrandingController } from './branding/branding.http.controller';
import { DeliveryLogController } from './delivery/delivery-log.http.controller';
import { InboxController } from './inbox/inbox.http.controller';
import { PreferencesController } from './preferences/preferences.http.controller';
import { UnsubscribeController } from './unsubscribe/unsubscribe.http.controller';
import { EventWebhookController } from './webhooks/event-webhook.http.controller';
import { InboundParseController } from './webhooks/inbound-parse.http.controller';

export const NOTIFICATIONS_CONTROLLERS = [
  InboxController,
  PreferencesController,
  DeliveryLogController,
  BrandingController,
  UnsubscribeController,
  EventWebhookController,
  InboundParseController,
] as const;
