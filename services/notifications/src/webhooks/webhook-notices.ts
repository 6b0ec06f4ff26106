import type { Logger } from '@rapport/platform';
import { type HealthProbe, noticeProbe } from '@rapport/platform/http';
import type { WebhookSettings } from '../shared/webhook-settings';

/**
 * Without a verification key the Event Webhook refuses every post with 503: right for a
 * development setup, but easy to miss. Said once at start-up, and in /health, which
 * `./rapport status` repeats (so the script need not know this service's configuration).
 */
export function webhookNotices(settings: WebhookSettings, logger: Logger): HealthProbe[] {
  if (settings.eventWebhookPublicKey) return [];
  logger.warn(
    'SendGrid Event Webhook disabled: no RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY, so POST /webhooks/sendgrid/events answers 503 until one is set',
  );
  return [noticeProbe('webhooks', 'disabled: no RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY')];
}
