import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { z } from 'zod';
import { topicFor } from '@rapport/contracts';
import { EventStore } from '@rapport/eventstore';
import { serverAddresses } from '@rapport/platform';
import { EXPLORATION_SERVICE } from '../exploration.config';
import { INSTITUTION_TALLIES_GROUP } from './institution-tallies.consumer';
import { rebuildInstitutionTallies } from './institution-tallies.rebuild';

/**
 * Operators' command: rebuilds the institution tallies from the event store.
 *   stop the exploration service; npm run exploration:rebuild-tallies; start it again
 * Needed after partitions are added to the exploration topic (goals move between shards), or
 * whenever the figures are in doubt. Reads the service's own variables with the service's
 * defaults; only these three, so the command runs without the service's keys.
 */
const rebuildEnv = z.object({
  RAPPORT_EXPLORATION_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_exploration'),
  RAPPORT_EXPLORATION_GOALS_TOPIC: z.string().min(1).default(topicFor('exploration')),
  RAPPORT_EXPLORATION_BRIDGE_GROUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(1).default(EXPLORATION_SERVICE),
  ),
});

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  const config = rebuildEnv.parse(env);
  const servers = serverAddresses(env);
  const mongo = await new MongoClient(servers.mongoUrl).connect();
  const kafka = new Kafka({
    clientId: 'rapport-rebuild-tallies',
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  try {
    const db = mongo.db(config.RAPPORT_EXPLORATION_DB);
    const rebuilt = await rebuildInstitutionTallies({
      db,
      kafka,
      eventStore: new EventStore(db),
      topic: config.RAPPORT_EXPLORATION_GOALS_TOPIC,
      // The group name as the service runtime composes it (`<prefix>-<group>`).
      groupId: `${config.RAPPORT_EXPLORATION_BRIDGE_GROUP}-${INSTITUTION_TALLIES_GROUP}`,
    });
    const counted = Object.entries(rebuilt.countedTo)
      .map(([partition, offset]) => `${partition}:${offset}`)
      .join(' ');
    console.log(
      `rebuilt ${rebuilt.places} place(s) in ${rebuilt.shards} shard(s); counted to ${counted}`,
    );
    return 0;
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await mongo.close();
  }
}

main(process.env).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
