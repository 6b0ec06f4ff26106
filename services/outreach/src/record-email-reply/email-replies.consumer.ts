import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { OutreachWriter } from '../shared/outreach-writer';
import { recordEmailReply } from './record-email-reply';

/** Replies notifications matched to an outreach thread (group `<prefix>-email-replies`). */
export const emailReplies: ConsumerDeclaration<OutreachWriter> = {
  group: 'email-replies',
  topics: [topicFor('notifications')],
  uses: OutreachWriter,
  handle: recordEmailReply,
};
