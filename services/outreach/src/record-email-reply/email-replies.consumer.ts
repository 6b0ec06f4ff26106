import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { topicFor } from '@rapport/contracts';
import { EventConsumer } from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import type { OutreachWriter } from '../shared/outreach-writer';
import { recordEmailReply } from './record-email-reply';

export const EMAIL_REPLIES_GROUP = 'outreach-email-replies';

export interface EmailRepliesConsumerOptions {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly logger: Logger;
  readonly writer: OutreachWriter;
  /** Tests read their own topic in their own group, so suites do not share partitions. */
  readonly topic?: string;
  readonly groupId?: string;
}

/** Listens to the notifications context for replies it matched to an outreach thread. */
export function emailRepliesConsumer(options: EmailRepliesConsumerOptions): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId ?? EMAIL_REPLIES_GROUP,
    topics: [options.topic ?? topicFor('notifications')],
    logger: options.logger,
    fromBeginning: true,
    handle: (event, logger) => recordEmailReply(options.writer, event, logger),
  });
}
