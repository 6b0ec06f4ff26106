import { topicFor } from '@rapport/contracts';
import type { EventSourcedServiceOptions } from '@rapport/service-skeleton';
import { interviewsAppOptions } from './interviews.app';
import { INTERVIEWS_SERVICE, loadInterviewsConfig } from './interviews.config';
import { interviewConsumers } from './interviews.consumers';
import { InterviewsModule } from './interviews.module';

/** The interviews process from its typed configuration; main runs it, a spec starts it the same way. */
export function interviewsService(env: NodeJS.ProcessEnv): EventSourcedServiceOptions {
  const config = loadInterviewsConfig(env);
  return {
    name: INTERVIEWS_SERVICE,
    port: config.PORT,
    database: config.RAPPORT_INTERVIEWS_DB,
    // The relay writes the interviews topic; the consumers read outreach, notifications and contacts.
    topics: [
      topicFor('interviews'),
      config.RAPPORT_INTERVIEWS_OUTREACH_TOPIC,
      config.RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC,
      config.RAPPORT_INTERVIEWS_CONTACTS_TOPIC,
    ],
    module: (deps) => InterviewsModule.forRoot(deps, { replyDomain: config.RAPPORT_REPLY_DOMAIN }),
    appOptions: (logger) => interviewsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
    consumers: interviewConsumers(config),
    groupPrefix: config.RAPPORT_INTERVIEWS_BRIDGE_GROUP ?? INTERVIEWS_SERVICE,
  };
}
