import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import type { Logger } from 'pino';
import { topicFor } from '@rapport/contracts';
import { EventConsumer } from '@rapport/messaging';
import type { ContactWriter } from '../shared/contact-writer';
import { markEmailUndeliverable } from './mark-email-undeliverable';

export const BOUNCED_EMAILS_GROUP = 'contacts-bounced-emails';

/** Listens to the notifications context for mail to contacts that bounced. */
export function bouncedEmailsConsumer(options: {
  kafka: Kafka;
  db: Db;
  writer: ContactWriter;
  logger: Logger;
  topic?: string;
  groupId?: string;
}): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId ?? BOUNCED_EMAILS_GROUP,
    topics: [options.topic ?? topicFor('notifications')],
    logger: options.logger,
    fromBeginning: true,
    handle: (event, logger) => markEmailUndeliverable(options.writer, event, logger),
  });
}
