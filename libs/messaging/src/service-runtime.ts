import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, logLevel } from 'kafkajs';
import { type Db, MongoClient } from 'mongodb';
import { DEAD_LETTER_TOPIC } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { createLogger, type Logger, serverAddresses } from '@rapport/platform';
import { createServiceApp, type ServiceAppOptions } from '@rapport/platform/http';
import { type ConsumerDeclaration, consumersFrom } from './consumer-declaration';
import { ensureTopics } from './topics-admin';

/** Something that runs beside the API for the life of the process (a consumer, a scheduler…). */
export interface BackgroundWorker {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EventSourcedServiceOptions {
  readonly name: string;
  readonly port: number;
  readonly database: string;
  /** Topics the service writes or reads; created when missing (the broker does not auto-create). */
  readonly topics: readonly string[];
  readonly module: (deps: { db: Db; kafka: Kafka }) => DynamicModule;
  readonly appOptions: (logger: Logger) => ServiceAppOptions;
  /** Kafka consumers as data, started after the relay and stopped before it. */
  readonly consumers?: readonly ConsumerDeclaration[];
  /** Prefix of the consumers' groups; the service's name unless given. */
  readonly groupPrefix?: string;
  /** Other background work (a Temporal worker…), started after the consumers. */
  readonly workers?: (
    app: NestFastifyApplication,
    deps: { db: Db; kafka: Kafka; logger: Logger },
  ) => BackgroundWorker[];
}

/** A started service; tests stop it themselves instead of sending the process a signal. */
export interface RunningService {
  readonly app: NestFastifyApplication;
  stop(): Promise<void>;
}

/**
 * The process of an event-sourced service: its database and Kafka clients, the Nest app, the outbox
 * relay that carries its integration events to Kafka, its background workers, and a shutdown on
 * SIGTERM/SIGINT that stops them in reverse order.
 */
export async function runEventSourcedService(
  options: EventSourcedServiceOptions,
): Promise<RunningService> {
  const logger = createLogger(options.name);
  const servers = serverAddresses();
  const mongo = await MongoClient.connect(servers.mongoUrl);
  const db = mongo.db(options.database);
  const kafka = new Kafka({
    clientId: options.name,
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  const app = await createServiceApp(options.module({ db, kafka }), options.appOptions(logger));
  const relay = new OutboxRelay({
    store: app.get(EventStore),
    db,
    kafka,
    logger,
    instanceId: `${options.name}-${options.port}`,
  });
  const workers = [
    ...consumersFrom(options.consumers ?? [], {
      kafka,
      db,
      logger,
      groupPrefix: options.groupPrefix ?? options.name,
      resolve: (dependency) => app.get(dependency),
    }),
    ...(options.workers?.(app, { db, kafka, logger }) ?? []),
  ];
  await ensureTopics(kafka, [...options.topics, DEAD_LETTER_TOPIC]);
  await relay.start();
  for (const worker of workers) await worker.start();
  await app.listen({ port: options.port, host: '127.0.0.1' });
  logger.info({ port: options.port }, `${options.name} service listening`);
  const stop = async () => {
    for (const worker of [...workers].reverse()) await worker.stop();
    await relay.stop();
    await app.close();
    await mongo.close();
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  return { app, stop };
}

/** The entry point of a service's main.ts. */
export function serviceMain(options: EventSourcedServiceOptions): void {
  runEventSourcedService(options).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
export { temporalWorker, type TemporalWorkerOptions } from './temporal-worker';
