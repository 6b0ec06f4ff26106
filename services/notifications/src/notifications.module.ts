import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { createLogger, type Logger } from '@rapport/platform';
import { kafkaProbe, mongoProbe, OperationsModule, temporalProbe } from '@rapport/platform/http';
import { BrandingStore } from './branding/branding.store';
import { ContactNames } from './contact-names/contact-names';
import { Dispatcher, type DispatcherSettings } from './delivery/dispatcher';
import { digestProviders } from './digest/digest.providers';
import type { DigestTemporal } from './digest/digest-scheduler';
import { Mailer, type MailerOptions } from './delivery/mailer';
import { NotificationStore } from './delivery/notification.store';
import { InboxStore } from './inbox/inbox.store';
import { NOTIFICATIONS_CONTROLLERS } from './notifications.use-cases';
import { PreferencesStore } from './preferences/preferences.store';
import { type Clock, CLOCK, NOTIFICATIONS_DB } from './shared/notifications.tokens';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './shared/webhook-settings';
import { SuppressionStore } from './threads/suppressions.store';
import { ThreadStore } from './threads/thread.store';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-token';
import { webhookProviders } from './webhooks/webhooks.providers';

export interface NotificationsModuleOptions {
  readonly db: Db;
  readonly kafka: Kafka;
  readonly mailer: MailerOptions;
  readonly settings: DispatcherSettings;
  readonly unsubscribeSecret: string;
  readonly webhooks: WebhookSettings;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Where the daily digest workflows run; without it digests are not scheduled. */
  readonly digests?: DigestTemporal;
}

/** The notifications context: delivery, inbox, preferences, branding and the provider's webhooks. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsModuleOptions): DynamicModule {
    const clock = options.clock ?? (() => new Date());
    const { db } = options;
    const logger = options.logger ?? createLogger('notifications');
    return {
      module: NotificationsModule,
      imports: [
        CqrsModule.forRoot(),
        OperationsModule.forRoot({
          useFactory: () => [
            mongoProbe(db),
            kafkaProbe(options.kafka),
            // The digest workflows run on Temporal.
            ...(options.digests ? [temporalProbe(options.digests.client.connection)] : []),
          ],
        }),
      ],
      controllers: [...NOTIFICATIONS_CONTROLLERS],
      providers: [
        { provide: NOTIFICATIONS_DB, useValue: db },
        { provide: CLOCK, useValue: clock },
        { provide: WEBHOOK_SETTINGS, useValue: options.webhooks },
        { provide: EventStore, useFactory: () => new EventStore(db, 'events', clock) },
        { provide: NotificationStore, useFactory: () => new NotificationStore(db) },
        { provide: InboxStore, useFactory: () => new InboxStore(db) },
        { provide: PreferencesStore, useFactory: () => new PreferencesStore(db) },
        { provide: BrandingStore, useFactory: () => new BrandingStore(db) },
        { provide: ThreadStore, useFactory: () => new ThreadStore(db) },
        { provide: SuppressionStore, useFactory: () => new SuppressionStore(db) },
        {
          provide: UnsubscribeTokens,
          useFactory: () => new UnsubscribeTokens(options.unsubscribeSecret),
        },
        { provide: Mailer, useFactory: () => new Mailer(options.mailer) },
        {
          provide: ContactNames,
          inject: [NotificationStore],
          useFactory: (notifications: NotificationStore) => new ContactNames(db, notifications),
        },
        {
          provide: Dispatcher,
          inject: [
            NotificationStore,
            InboxStore,
            PreferencesStore,
            BrandingStore,
            ThreadStore,
            SuppressionStore,
            UnsubscribeTokens,
            Mailer,
            ContactNames,
          ],
          useFactory: (
            notifications: NotificationStore,
            inbox: InboxStore,
            preferences: PreferencesStore,
            branding: BrandingStore,
            threads: ThreadStore,
            suppressions: SuppressionStore,
            tokens: UnsubscribeTokens,
            mailer: Mailer,
            names: ContactNames,
          ) =>
            new Dispatcher({
              notifications,
              inbox,
              preferences,
              branding,
              threads,
              suppressions,
              tokens,
              mailer,
              clock,
              logger,
              settings: options.settings,
              contactName: (tenantId, memberId, contactId) =>
                names.nameOf(tenantId, memberId, contactId),
            }),
        },
        ...webhookProviders(logger),
        ...digestProviders({
          temporal: options.digests,
          settings: options.settings,
          clock,
          logger,
        }),
      ],
    };
  }
}
