import 'reflect-metadata';
import { topicFor } from '@rapport/contracts';
import { serviceMain } from '@rapport/service-skeleton';
import { referredContacts } from './add-referred-contact/referred-contacts.consumer';
import { interviewReferrals } from './add-referred-contacts/interview-referrals.consumer';
import { contactsAppOptions } from './contacts.app';
import { CONTACTS_SERVICE, loadContactsConfig } from './contacts.config';
import { ContactsModule } from './contacts.module';
import { bouncedEmails } from './mark-email-undeliverable/bounced-emails.consumer';

const config = loadContactsConfig();

serviceMain({
  name: CONTACTS_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_CONTACTS_DB,
  topics: [
    topicFor('contacts'),
    topicFor('outreach'),
    topicFor('notifications'),
    topicFor('interviews'),
  ],
  module: (deps) => ContactsModule.forRoot(deps),
  appOptions: (logger) => contactsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  consumers: [referredContacts, bouncedEmails, interviewReferrals],
});
