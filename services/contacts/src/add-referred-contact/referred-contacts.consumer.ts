import { topicFor } from '@rapport/contracts';
import type { ConsumerDeclaration } from '@rapport/messaging';
import { ContactAdder } from '../add-contact/contact-adder';
import { addContactWhenResponseReferred } from './add-contact-when-response-referred';

/** Referrals answered in outreach become contacts (group `contacts-referred-contacts`). */
export const referredContacts: ConsumerDeclaration<ContactAdder> = {
  group: 'referred-contacts',
  topics: [topicFor('outreach')],
  uses: ContactAdder,
  handle: addContactWhenResponseReferred,
};
