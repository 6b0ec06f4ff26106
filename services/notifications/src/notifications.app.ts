import type { Logger } from 'pino';
import type { ServiceAppOptions } from '@rapport/platform/http';
import { NOTIFICATIONS_SERVICE } from './notifications.config';

/** How the notifications service is served; main and the tests build the same app from this. */
export function notificationsAppOptions(publicKeyPem: string, logger?: Logger): ServiceAppOptions {
  return {
    serviceName: NOTIFICATIONS_SERVICE,
    publicKeyPem,
    // SendGrid's Inbound Parse posts multipart; it reaches its handler as bytes. (Forms, such as
    // the one-click unsubscribe, are parsed by Nest's own urlencoded parser.)
    rawBodyContentTypes: ['multipart/form-data'],
    // The Event Webhook is signed over its exact JSON bytes: keep them beside the parsed body.
    rawBody: true,
    bodyLimitBytes: 30 * 1024 * 1024,
    openApi: {
      title: 'Rapport notifications',
      version: '1',
      description:
        'Reminders and outreach mail through SendGrid, the in-app inbox, daily digests, preferences, and the provider’s delivery and inbound-reply webhooks.',
    },
    ...(logger ? { logger } : {}),
  };
}
