import 'reflect-metadata';
import { topicFor } from '@rapport/contracts';
import { serviceMain } from '@rapport/messaging/service-runtime';
import { ContactNames, contactNamesConsumer } from './contact-names/contact-names';
import { Dispatcher } from './delivery/dispatcher';
import { notificationsConsumer } from './delivery/notifications.consumer';
import { notificationsAppOptions } from './notifications.app';
import { loadNotificationsConfig, NOTIFICATIONS_SERVICE } from './notifications.config';
import { NotificationsModule } from './notifications.module';
import { notificationsSettings } from './notifications.settings';

const config = loadNotificationsConfig();

serviceMain({
  name: NOTIFICATIONS_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_NOTIFICATIONS_DB,
  // It publishes replies and bounces, and hears outreach, the relationship workflow and contacts.
  topics: [
    topicFor('notifications'),
    topicFor('outreach'),
    topicFor('relationship'),
    topicFor('contacts'),
  ],
  module: (deps) => NotificationsModule.forRoot({ ...deps, ...notificationsSettings(config) }),
  appOptions: (logger) => notificationsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  workers: (app, { db, kafka, logger }) => [
    notificationsConsumer({
      kafka,
      db,
      logger,
      dispatcher: app.get(Dispatcher),
      groupId: `${config.RAPPORT_NOTIFICATIONS_BRIDGE_GROUP}-delivery`,
    }),
    contactNamesConsumer({
      kafka,
      db,
      logger,
      names: app.get(ContactNames),
      groupId: `${config.RAPPORT_NOTIFICATIONS_BRIDGE_GROUP}-contact-names`,
    }),
  ],
});
