import { timestampMs } from '@bufbuild/protobuf/wkt';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { topicFor } from '@rapport/contracts';
import { EventConsumer } from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import type { Dispatcher } from './dispatcher';
import { notificationRequestOf } from './due-events';

export interface NotificationsConsumerOptions {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly logger: Logger;
  readonly dispatcher: Dispatcher;
  readonly groupId: string;
  /** Defaults to the outreach and relationship topics; tests give their own. */
  readonly topics?: readonly string[];
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
}

/**
 * Hears the due items (follow-ups from outreach; reminders, thank-yous and keep-in-touch from the
 * relationship workflow) and outreach's send requests, and hands each to the dispatcher. Invalid
 * messages go to the dead-letter topic with their reason; a provider outage is retried, then parked.
 */
export function notificationsConsumer(options: NotificationsConsumerOptions): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId,
    topics: options.topics ?? [topicFor('outreach'), topicFor('relationship')],
    logger: options.logger,
    fromBeginning: true,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
    handle: async ({ envelope, payload }, logger) => {
      const occurredAt = envelope.occurredAt ? timestampMs(envelope.occurredAt) : Date.now();
      const request = notificationRequestOf(payload, occurredAt);
      if (!request) return;
      const result =
        request.audience === 'member'
          ? await options.dispatcher.notifyMember(
              envelope.tenantId,
              request.dedupeKey,
              request.item,
            )
          : await options.dispatcher.sendOutreachEmail(envelope.tenantId, request.email);
      logger.debug(
        { eventId: envelope.eventId, type: payload.$typeName, result },
        'notification handled',
      );
    },
  });
}
