import { Inject, Injectable, type OnModuleInit, type Provider } from '@nestjs/common';
import { EventStore } from '@rapport/eventstore';
import type { Logger } from '@rapport/platform';
import { NotificationStore } from '../delivery/notification.store';
import { type Clock, CLOCK } from '@rapport/service-skeleton';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../shared/webhook-settings';
import { SuppressionStore } from '../threads/suppressions.store';
import { ThreadStore } from '../threads/thread.store';
import { DeliveryEventRecorder } from './event-webhook.recorder';
import { InboundReplyRecorder } from './inbound-parse.recorder';
import { WebhookEventsPublisher } from './webhook-events.publisher';

/**
 * The event store's indexes before the first webhook: a redelivered event racing its first
 * delivery is stopped by the unique event id.
 */
@Injectable()
export class WebhooksStartup implements OnModuleInit {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async onModuleInit(): Promise<void> {
    await this.store.ensureIndexes();
  }
}

/** What the webhook controllers need, for the module's providers. */
export function webhookProviders(logger: Logger): Provider[] {
  return [
    WebhooksStartup,
    {
      provide: WebhookEventsPublisher,
      inject: [EventStore],
      useFactory: (store: EventStore) => new WebhookEventsPublisher(store),
    },
    {
      provide: DeliveryEventRecorder,
      inject: [NotificationStore, SuppressionStore, WebhookEventsPublisher],
      useFactory: (
        notifications: NotificationStore,
        suppressions: SuppressionStore,
        publisher: WebhookEventsPublisher,
      ) => new DeliveryEventRecorder({ notifications, suppressions, publisher, logger }),
    },
    {
      provide: InboundReplyRecorder,
      inject: [ThreadStore, WebhookEventsPublisher, WEBHOOK_SETTINGS, CLOCK],
      useFactory: (
        threads: ThreadStore,
        publisher: WebhookEventsPublisher,
        settings: WebhookSettings,
        clock: Clock,
      ) =>
        new InboundReplyRecorder({ threads, publisher, replyDomain: settings.replyDomain, clock }),
    },
  ];
}
