import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { testServers } from './servers';

/**
 * Each suite drops what it created (see isolation.ts); this sweeps up after a suite that crashed
 * before its afterAll, so test data never piles up in the shared servers.
 */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env['RAPPORT_TEST_RUN_ID'];
  if (!runId) return;
  const servers = testServers();

  const mongo = new MongoClient(servers.mongoUrl);
  try {
    const { databases } = await mongo.db('admin').admin().listDatabases({ nameOnly: true });
    for (const { name } of databases) {
      if (name.startsWith(`t_${runId}_`)) await mongo.db(name).dropDatabase();
    }
  } finally {
    await mongo.close();
  }

  const admin = new Kafka({ brokers: servers.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const leftovers = (await admin.listTopics()).filter((t) => t.startsWith(`t.${runId}.`));
    if (leftovers.length > 0) await admin.deleteTopics({ topics: leftovers });
  } finally {
    await admin.disconnect();
  }
}
