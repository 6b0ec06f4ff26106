import 'reflect-metadata';
import { topicFor } from '@rapport/contracts';
import { serviceMain } from '@rapport/messaging/service-runtime';
import { ContactDirectory } from './contact-directory/contact-directory';
import { contactDirectoryConsumer } from './contact-directory/contact-directory.consumer';
import { outreachAppOptions } from './outreach.app';
import { OUTREACH_SERVICE, loadOutreachConfig } from './outreach.config';
import { OutreachModule } from './outreach.module';
import { emailRepliesConsumer } from './record-email-reply/email-replies.consumer';
import { OutreachWriter } from './shared/outreach-writer';

const config = loadOutreachConfig();

serviceMain({
  name: OUTREACH_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_OUTREACH_DB,
  // The relay carries outreach's events and the emails it asks notifications to send; the
  // consumers read contacts and notifications.
  topics: [topicFor('outreach'), topicFor('contacts'), topicFor('notifications')],
  module: (deps) => OutreachModule.forRoot(deps),
  appOptions: (logger) => outreachAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  // The contact directory follows the contacts context; email replies answer outreach.
  workers: (app, { db, kafka, logger }) => {
    const prefix = config.RAPPORT_OUTREACH_BRIDGE_GROUP;
    return [
      contactDirectoryConsumer({
        kafka,
        db,
        logger,
        directory: app.get(ContactDirectory),
        ...(prefix ? { groupId: `${prefix}-contact-directory` } : {}),
      }),
      emailRepliesConsumer({
        kafka,
        db,
        logger,
        writer: app.get(OutreachWriter),
        ...(prefix ? { groupId: `${prefix}-email-replies` } : {}),
      }),
    ];
  },
});
