import type { NotificationsModuleOptions } from './notifications.module';
import type { NotificationsConfig } from './notifications.config';

/** The module's settings as the process configuration gives them. */
export function notificationsSettings(
  config: NotificationsConfig,
): Pick<NotificationsModuleOptions, 'mailer' | 'settings' | 'unsubscribeSecret' | 'webhooks'> {
  return {
    mailer: { apiKey: config.RAPPORT_SENDGRID_API_KEY, baseUrl: config.sendgridUrl },
    settings: {
      from: { email: config.RAPPORT_MAIL_FROM, name: config.RAPPORT_MAIL_FROM_NAME },
      replyDomain: config.RAPPORT_REPLY_DOMAIN,
      publicUrl: config.RAPPORT_PUBLIC_URL.replace(/\/$/, ''),
      unsubscribeBaseUrl: (
        config.RAPPORT_NOTIFICATIONS_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`
      ).replace(/\/$/, ''),
    },
    unsubscribeSecret: config.unsubscribeSecret,
    webhooks: {
      replyDomain: config.RAPPORT_REPLY_DOMAIN,
      ...(config.RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY
        ? { eventWebhookPublicKey: config.RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY }
        : {}),
    },
  };
}
