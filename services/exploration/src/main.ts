import 'reflect-metadata';
import { serviceMain } from '@rapport/service-skeleton';
import { explorationAppOptions } from './exploration.app';
import { EXPLORATION_SERVICE, loadExplorationConfig } from './exploration.config';
import { ExplorationModule } from './exploration.module';
import { memberActivityConsumer } from './target-organisations/member-activity.consumer';

const config = loadExplorationConfig();
const activityTopics = [
  config.RAPPORT_EXPLORATION_CONTACTS_TOPIC,
  config.RAPPORT_EXPLORATION_OUTREACH_TOPIC,
  config.RAPPORT_EXPLORATION_INTERVIEWS_TOPIC,
];

serviceMain({
  name: EXPLORATION_SERVICE,
  port: config.PORT,
  database: config.RAPPORT_EXPLORATION_DB,
  // Goals publish no integration events yet; the consumer reads the contacts, outreach and interviews topics.
  topics: activityTopics,
  module: (deps) =>
    ExplorationModule.forRoot(deps, { timeZone: config.RAPPORT_EXPLORATION_TIME_ZONE }),
  appOptions: (logger) => explorationAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  consumers: [memberActivityConsumer(activityTopics)],
  groupPrefix: config.RAPPORT_EXPLORATION_BRIDGE_GROUP ?? EXPLORATION_SERVICE,
});
