import { readFileSync } from 'node:fs';
import { topicFor } from '@rapport/contracts';
import type { EventSourcedServiceOptions } from '@rapport/service-skeleton';
import { explorationAppOptions } from './exploration.app';
import { EXPLORATION_SERVICE, loadExplorationConfig } from './exploration.config';
import { ExplorationModule } from './exploration.module';
import { institutionTalliesConsumer } from './institution-aggregates/institution-tallies.consumer';
import { memberActivityConsumer } from './target-organisations/member-activity.consumer';

/** The exploration service's process from its typed configuration; main and the wiring spec use it. */
export function explorationService(env: NodeJS.ProcessEnv): EventSourcedServiceOptions {
  const config = loadExplorationConfig(env);
  const goalsTopic = config.RAPPORT_EXPLORATION_GOALS_TOPIC;
  const keyFile = config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE;
  const activityTopics = [
    config.RAPPORT_EXPLORATION_CONTACTS_TOPIC,
    config.RAPPORT_EXPLORATION_OUTREACH_TOPIC,
    config.RAPPORT_EXPLORATION_INTERVIEWS_TOPIC,
    // The relationship workflow's 3B7 item: where the member acts on "ask a second person".
    config.RAPPORT_EXPLORATION_RELATIONSHIP_TOPIC,
  ];
  return {
    name: EXPLORATION_SERVICE,
    port: config.PORT,
    database: config.RAPPORT_EXPLORATION_DB,
    // The relay writes the exploration topic; the consumers read it and these four.
    topics: [...new Set([topicFor('exploration'), goalsTopic, ...activityTopics])],
    module: (deps) =>
      ExplorationModule.forRoot(deps, {
        timeZone: config.RAPPORT_EXPLORATION_TIME_ZONE,
        goalsTopic,
        composer: {
          outreachUrl: config.RAPPORT_EXPLORATION_OUTREACH_URL,
          ...(keyFile ? { privateKeyPem: readFileSync(keyFile, 'utf8') } : {}),
        },
      }),
    appOptions: (logger) => explorationAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
    consumers: [memberActivityConsumer(activityTopics), institutionTalliesConsumer(goalsTopic)],
    groupPrefix: config.RAPPORT_EXPLORATION_BRIDGE_GROUP ?? EXPLORATION_SERVICE,
  };
}
