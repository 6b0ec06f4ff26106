import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { ContactWriter } from '../shared/contact-writer';
import { markEmailUndeliverable } from './mark-email-undeliverable';

/** Mail to a contact that bounced hard marks its address (group `contacts-bounced-emails`). */
export const bouncedEmails: ConsumerDeclaration<ContactWriter> = {
  group: 'bounced-emails',
  topics: [topicFor('notifications')],
  uses: ContactWriter,
  handle: markEmailUndeliverable,
};
