import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import type { Logger } from 'pino';
import { topicFor } from '@rapport/contracts';
import { EventConsumer } from '@rapport/messaging';
import type { ContactAdder } from '../add-contact/contact-adder';
import { addContactWhenResponseReferred } from './add-contact-when-response-referred';

export const REFERRED_CONTACTS_GROUP = 'contacts-referred-contacts';

/** Listens to the outreach context for referrals. */
export function referredContactsConsumer(options: {
  kafka: Kafka;
  db: Db;
  adder: ContactAdder;
  logger: Logger;
  topic?: string;
  groupId?: string;
}): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId ?? REFERRED_CONTACTS_GROUP,
    topics: [options.topic ?? topicFor('outreach')],
    logger: options.logger,
    fromBeginning: true,
    handle: (event, logger) => addContactWhenResponseReferred(options.adder, event, logger),
  });
}
