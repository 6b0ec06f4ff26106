import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { topicFor } from '@rapport/contracts';
import { serverAddresses } from '@rapport/platform';
import { serviceMain } from '@rapport/service-skeleton';
import { contactNames } from './contact-names/contact-names.consumer';
import { delivery } from './delivery/notifications.consumer';
import { interviewMail } from './interview-mail/interview-mail.consumer';
import { institutionPolicies } from './institution-policy/institution-policy.consumer';
import type { DigestActivities } from './digest/digest.activities';
import { DIGEST_ACTIVITIES } from './digest/digest.providers';
import { digestWorker } from './digest/digest.worker';
import { notificationsAppOptions } from './notifications.app';
import { loadNotificationsConfig, NOTIFICATIONS_SERVICE } from './notifications.config';
import { NotificationsModule } from './notifications.module';
import { notificationsSettings } from './notifications.settings';

const config = loadNotificationsConfig();
const servers = serverAddresses();
Runtime.install({ logger: new DefaultLogger('WARN') });
// Lazy: the client connects on its first call, so the module can be built synchronously.
const temporalConnection = Connection.lazy({ address: servers.temporalAddress });
const digests = {
  client: new Client({ connection: temporalConnection, namespace: servers.temporalNamespace }),
  taskQueue: config.RAPPORT_NOTIFICATIONS_TASK_QUEUE,
};

serviceMain({
  name: NOTIFICATIONS_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_NOTIFICATIONS_DB,
  // It publishes replies and bounces, and hears outreach, the relationship workflow, contacts,
  // interviews and the institutions' policies.
  topics: [
    topicFor('notifications'),
    topicFor('outreach'),
    topicFor('relationship'),
    topicFor('contacts'),
    topicFor('interviews'),
    topicFor('institutions'),
  ],
  module: (deps) =>
    NotificationsModule.forRoot({ ...deps, ...notificationsSettings(config), digests }),
  appOptions: (logger) => notificationsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  // Due items and send requests reach the dispatcher; contacts' names go into reminders;
  // interviews' invitations and thank-yous go to contacts; policies set members' default clock.
  consumers: [delivery, contactNames, interviewMail, institutionPolicies],
  groupPrefix: config.RAPPORT_NOTIFICATIONS_BRIDGE_GROUP,
  workers: (app, { logger }) => [
    digestWorker({
      address: servers.temporalAddress,
      namespace: servers.temporalNamespace,
      taskQueue: config.RAPPORT_NOTIFICATIONS_TASK_QUEUE,
      activities: app.get<DigestActivities>(DIGEST_ACTIVITIES),
      logger,
      clientConnection: temporalConnection,
      // Stop the whole service the usual way, and say it failed.
      onFailure: () => {
        process.exitCode = 1;
        process.kill(process.pid, 'SIGTERM');
      },
    }),
  ],
});
