import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { NOTIFICATIONS_SERVICE } from './notifications.config';

/** How the notifications service is served; main and the tests build the same app from this. */
export function notificationsAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: NOTIFICATIONS_SERVICE,
    publicKeyPem,
    // The Event Webhook is signed over its exact JSON bytes: keep them beside the parsed body.
    // The routes that take other bodies (Inbound Parse, one-click unsubscribe) say so themselves.
    rawBody: true,
    openApi: {
      title: 'Rapport notifications',
      version: '1',
      description:
        'Reminders and outreach mail through SendGrid, the in-app inbox, daily digests, preferences, and the provider’s delivery and inbound-reply webhooks.',
    },
    ...(logger ? { logger } : {}),
  };
}
