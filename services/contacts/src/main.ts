import 'reflect-metadata';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { DEAD_LETTER_TOPIC, topicFor } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger, serverAddresses } from '@rapport/platform';
import { createServiceApp } from '@rapport/platform/http';
import { CONTACTS_SERVICE, loadContactsConfig } from './contacts.config';
import { ContactsModule } from './contacts.module';
import { contactsAppOptions } from './contacts.app';
import { referredContactsConsumer } from './add-referred-contact/referred-contacts.consumer';
import { ContactWriter } from './shared/contact-writer';

async function main(): Promise<void> {
  const config = loadContactsConfig();
  const logger = createLogger(CONTACTS_SERVICE);
  const servers = serverAddresses();
  const mongo = await MongoClient.connect(servers.mongoUrl);
  const db = mongo.db(config.RAPPORT_CONTACTS_DB);
  const kafka = new Kafka({
    clientId: CONTACTS_SERVICE,
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  const app = await createServiceApp(
    ContactsModule.forRoot({ db, kafka }),
    contactsAppOptions(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY, logger),
  );
  // The outbox relay runs beside the API: the contacts' integration events reach Kafka from here.
  const relay = new OutboxRelay({
    store: app.get(EventStore),
    db,
    kafka,
    logger,
    instanceId: `${CONTACTS_SERVICE}-${config.PORT}`,
  });
  await ensureTopics(kafka, [topicFor('contacts'), topicFor('outreach'), DEAD_LETTER_TOPIC]);
  await relay.start();
  const referrals = referredContactsConsumer({ kafka, db, writer: app.get(ContactWriter), logger });
  await referrals.start();
  await app.listen({ port: config.PORT, host: '127.0.0.1' });
  logger.info({ port: config.PORT }, 'contacts service listening');
  const stop = async () => {
    await referrals.stop();
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
