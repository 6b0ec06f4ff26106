import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { topicFor } from '@rapport/contracts';
import { EventConsumer } from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import { directoryChangeOf } from './contact-directory-change';
import type { ContactDirectory } from './contact-directory';

export const CONTACT_DIRECTORY_GROUP = 'outreach-contact-directory';

export interface ContactDirectoryConsumerOptions {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly logger: Logger;
  readonly directory: ContactDirectory;
  /** Tests run their own group, so suites do not share partitions. */
  readonly groupId?: string;
}

/**
 * Keeps the contact directory in step with the contacts context. The consumer validates every
 * message against the contract, drops redeliveries and parks what it cannot apply in the
 * dead-letter topic; a new deployment reads the topic from its beginning.
 */
export function contactDirectoryConsumer(options: ContactDirectoryConsumerOptions): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId ?? CONTACT_DIRECTORY_GROUP,
    topics: [topicFor('contacts')],
    logger: options.logger,
    fromBeginning: true,
    handle: async ({ envelope, payload }) => {
      const change = directoryChangeOf(payload);
      if (!change) return;
      await options.directory.apply({
        tenantId: envelope.tenantId,
        streamId: envelope.streamId,
        version: Number(envelope.streamVersion),
        change,
      });
    },
  });
}
