import 'reflect-metadata';
import { topicFor } from '@rapport/contracts';
import { serviceMain } from '@rapport/messaging/service-runtime';
import { referredContactsConsumer } from './add-referred-contact/referred-contacts.consumer';
import { contactsAppOptions } from './contacts.app';
import { CONTACTS_SERVICE, loadContactsConfig } from './contacts.config';
import { ContactsModule } from './contacts.module';
import { bouncedEmailsConsumer } from './mark-email-undeliverable/bounced-emails.consumer';
import { ContactWriter } from './shared/contact-writer';
import { ContactAdder } from './add-contact/contact-adder';

const config = loadContactsConfig();

serviceMain({
  name: CONTACTS_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_CONTACTS_DB,
  topics: [topicFor('contacts'), topicFor('outreach'), topicFor('notifications')],
  module: (deps) => ContactsModule.forRoot(deps),
  appOptions: (logger) => contactsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  // Referrals answered in outreach become contacts; bounced mail marks a contact's email.
  workers: (app, { db, kafka, logger }) => [
    referredContactsConsumer({ kafka, db, adder: app.get(ContactAdder), logger }),
    bouncedEmailsConsumer({ kafka, db, writer: app.get(ContactWriter), logger }),
  ],
});
