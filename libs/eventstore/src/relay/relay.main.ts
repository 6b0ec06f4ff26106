import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { createLogger, serverAddresses } from '@rapport/platform';
import { EventStore } from '../event-store';
import { OutboxRelay } from './outbox-relay';

/**
 * The relay as its own process (services may also run it in-process):
 *   servers as everywhere (serverAddresses), RAPPORT_EVENTSTORE_DB, RAPPORT_RELAY_INSTANCE
 * SIGTERM/SIGINT stop it cleanly (leases released); a SIGKILL loses nothing but time: the events it
 * had not marked are published again by whoever takes its shards.
 */
async function main(): Promise<void> {
  const env = process.env;
  const logger = createLogger('outbox-relay');
  const servers = serverAddresses(env);
  const mongo = await new MongoClient(servers.mongoUrl).connect();
  const db = mongo.db(env['RAPPORT_EVENTSTORE_DB'] ?? 'rapport');
  const kafka = new Kafka({
    clientId: 'rapport-outbox-relay',
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  const store = new EventStore(db);
  await store.ensureIndexes();
  const relay = new OutboxRelay({
    store,
    db,
    kafka,
    logger,
    ...(env['RAPPORT_RELAY_INSTANCE'] ? { instanceId: env['RAPPORT_RELAY_INSTANCE'] } : {}),
    ...(env['RAPPORT_RELAY_LEASE_MS'] ? { leaseMs: Number(env['RAPPORT_RELAY_LEASE_MS']) } : {}),
  });
  await relay.start();
  logger.info('relay started');
  const shutdown = (): void => {
    void relay
      .stop()
      .then(() => mongo.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
