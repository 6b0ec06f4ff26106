import 'reflect-metadata';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { DEAD_LETTER_TOPIC, topicFor } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger, serverAddresses } from '@rapport/platform';
import { createServiceApp } from '@rapport/platform/http';
import { ContactDirectory } from './contact-directory/contact-directory';
import { contactDirectoryConsumer } from './contact-directory/contact-directory.consumer';
import { OUTREACH_SERVICE, loadOutreachConfig } from './outreach.config';
import { OutreachModule } from './outreach.module';
import { outreachAppOptions } from './outreach.app';

async function main(): Promise<void> {
  const config = loadOutreachConfig();
  const logger = createLogger(OUTREACH_SERVICE);
  const servers = serverAddresses();
  const mongo = await MongoClient.connect(servers.mongoUrl);
  const db = mongo.db(config.RAPPORT_OUTREACH_DB);
  const kafka = new Kafka({
    clientId: OUTREACH_SERVICE,
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  const app = await createServiceApp(
    OutreachModule.forRoot({ db, kafka }),
    outreachAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  );
  // The outbox relay runs beside the API: outreach's integration events (and the emails it asks
  // notifications to send) reach Kafka from here.
  const relay = new OutboxRelay({
    store: app.get(EventStore),
    db,
    kafka,
    logger,
    instanceId: `${OUTREACH_SERVICE}-${config.PORT}`,
  });
  // The contact directory follows the contacts context; the topic may not exist before contacts runs.
  const directory = contactDirectoryConsumer({
    kafka,
    db,
    logger,
    directory: app.get(ContactDirectory),
  });
  await ensureTopics(kafka, [topicFor('outreach'), topicFor('contacts'), DEAD_LETTER_TOPIC]);
  await relay.start();
  await directory.start();
  await app.listen({ port: config.PORT, host: '127.0.0.1' });
  logger.info({ port: config.PORT }, 'outreach service listening');
  const stop = async () => {
    await directory.stop();
    await relay.stop();
    await app.close();
    await mongo.close();
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
