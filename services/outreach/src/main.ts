import 'reflect-metadata';
import { topicFor } from '@rapport/contracts';
import { serviceMain } from '@rapport/service-skeleton';
import { loadGuidanceModels } from './compose-guidance';
import { contactDirectory } from './contact-directory/contact-directory.consumer';
import { outreachAppOptions } from './outreach.app';
import { OUTREACH_SERVICE, loadOutreachConfig } from './outreach.config';
import { institutionPolicies } from './institution-policy/institution-policy.consumer';
import { OutreachModule } from './outreach.module';
import { emailReplies } from './record-email-reply/email-replies.consumer';

const config = loadOutreachConfig();
// The guidance check's weights are read on first use; the service reads them before it listens, so
// a malformed weights file stops it at start instead of failing the first draft checked.
loadGuidanceModels();

serviceMain({
  name: OUTREACH_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_OUTREACH_DB,
  // The relay carries outreach's events and the emails it asks notifications to send; the
  // consumers read contacts and notifications.
  topics: [
    topicFor('outreach'),
    topicFor('contacts'),
    topicFor('notifications'),
    topicFor('institutions'),
  ],
  module: (deps) => OutreachModule.forRoot(deps),
  appOptions: (logger) => outreachAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  // The contact directory follows the contacts context; email replies answer outreach; the
  // institutions' policies set the guidance thresholds.
  consumers: [contactDirectory, emailReplies, institutionPolicies],
  groupPrefix: config.RAPPORT_OUTREACH_BRIDGE_GROUP ?? OUTREACH_SERVICE,
});
