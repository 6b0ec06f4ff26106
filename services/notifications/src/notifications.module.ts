import { type DynamicModule, Module } from '@nestjs/common';
import { createLogger, type Logger } from '@rapport/platform';
import { temporalProbe } from '@rapport/platform/http';
import { dbBacked, serviceModule, type ServiceDeps, systemClock } from '@rapport/service-skeleton';
import { BrandingStore } from './branding/branding.store';
import { CalendarReplyRecorder } from './calendar-replies/calendar-reply.recorder';
import { ContactNames } from './contact-names/contact-names';
import { Dispatcher, type DispatcherSettings } from './delivery/dispatcher';
import { Mailer, type MailerOptions } from './delivery/mailer';
import { NotificationStore } from './delivery/notification.store';
import type { DigestTemporal } from './digest/digest-scheduler';
import { digestProviders } from './digest/digest.providers';
import { InboxStore } from './inbox/inbox.store';
import { InvitationStore } from './interview-mail/invitation.store';
import { InterviewMailer } from './interview-mail/interview-mailer';
import { NOTIFICATIONS_CONTROLLERS } from './notifications.use-cases';
import { PreferencesStore } from './preferences/preferences.store';
import { DISPATCHER_SETTINGS, NOTIFICATIONS_LOGGER } from './shared/notifications.tokens';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './shared/webhook-settings';
import { SuppressionStore } from './threads/suppressions.store';
import { ThreadStore } from './threads/thread.store';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-token';
import { webhookNotices } from './webhooks/webhook-notices';
import { webhookProviders } from './webhooks/webhooks.providers';

export interface NotificationsModuleOptions extends ServiceDeps {
  readonly mailer: MailerOptions;
  readonly settings: DispatcherSettings;
  readonly unsubscribeSecret: string;
  readonly webhooks: WebhookSettings;
  readonly logger?: Logger;
  /** Where the daily digest workflows run; without it digests are not scheduled. */
  readonly digests?: DigestTemporal;
}

/** The notifications context: delivery, inbox, preferences, branding and the provider's webhooks. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsModuleOptions): DynamicModule {
    const logger = options.logger ?? createLogger('notifications');
    const { digests, settings } = options;
    return serviceModule(NotificationsModule, options, {
      controllers: NOTIFICATIONS_CONTROLLERS,
      // The digest workflows run on Temporal.
      probes: [
        ...(digests ? [temporalProbe(digests.client.connection)] : []),
        ...webhookNotices(options.webhooks, logger),
      ],
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: options.webhooks },
        { provide: DISPATCHER_SETTINGS, useValue: settings },
        { provide: NOTIFICATIONS_LOGGER, useValue: logger },
        { provide: Mailer, useValue: new Mailer(options.mailer) },
        { provide: UnsubscribeTokens, useValue: new UnsubscribeTokens(options.unsubscribeSecret) },
        ...dbBacked(
          NotificationStore,
          InboxStore,
          PreferencesStore,
          BrandingStore,
          ThreadStore,
          SuppressionStore,
          InvitationStore,
        ),
        ContactNames,
        Dispatcher,
        InterviewMailer,
        CalendarReplyRecorder,
        ...webhookProviders(logger),
        ...digestProviders({
          temporal: digests,
          settings,
          clock: options.clock ?? systemClock,
          logger,
        }),
      ],
    });
  }
}
