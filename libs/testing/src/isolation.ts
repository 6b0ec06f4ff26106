import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { type Db, MongoClient } from 'mongodb';
import { testServers } from './servers';

/**
 * Names and clients that belong to one test suite only, so suites can share the real servers
 * (and run in any order) without seeing each other's data:
 * a database `t_<run>_<suite>`, topics `t.<run>.<suite>.<name>`, a Temporal task queue and a
 * workflow-id prefix. `cleanup()` drops the database and deletes the topics it handed out.
 */
export interface SuiteIsolation {
  readonly id: string;
  readonly dbName: string;
  readonly taskQueue: string;
  topic(name: string): string;
  workflowId(name: string): string;
  db(): Promise<Db>;
  kafka(): Kafka;
  cleanup(): Promise<void>;
}

export function isolateSuite(label: string): SuiteIsolation {
  const servers = testServers();
  const runId = process.env['RAPPORT_TEST_RUN_ID'] ?? 'adhoc';
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 20);
  const id = `${slug}-${randomBytes(3).toString('hex')}`;
  const dbName = `t_${runId}_${id}`.replace(/-/g, '_');
  const topics = new Set<string>();
  let mongo: MongoClient | undefined;
  const kafka = new Kafka({
    clientId: `test-${id}`,
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });

  return {
    id,
    dbName,
    taskQueue: `t-${runId}-${id}`,
    topic(name) {
      const topic = `t.${runId}.${id}.${name}`;
      topics.add(topic);
      return topic;
    },
    workflowId: (name) => `t-${runId}-${id}-${name}`,
    async db() {
      mongo ??= await new MongoClient(servers.mongoUrl).connect();
      return mongo.db(dbName);
    },
    kafka: () => kafka,
    async cleanup() {
      if (mongo) {
        await mongo.db(dbName).dropDatabase();
        await mongo.close();
      }
      if (topics.size > 0) {
        const admin = kafka.admin();
        await admin.connect();
        try {
          const existing = new Set(await admin.listTopics());
          const ours = [...topics].filter((t) => existing.has(t));
          if (ours.length > 0) await admin.deleteTopics({ topics: ours });
        } finally {
          await admin.disconnect();
        }
      }
    },
  };
}
