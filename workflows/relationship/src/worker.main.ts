// The relationship worker process: the Temporal worker for the lifecycle workflow, the bridge from
// outreach events to its signals, the institutions' policies it keeps, the outbox relay of the due items it raises, and /health and
// /metrics for the process supervisor. It has no API of its own.
import { createServer, type Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { DEAD_LETTER_TOPIC, topicFor } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { consumerFrom, ensureTopics } from '@rapport/messaging';
import {
  collectProcessMetrics,
  createLogger,
  metricsRegistry,
  serverAddresses,
} from '@rapport/platform';
import { outboxPublisher } from './activities/publish-due';
import { createRelationshipActivities } from './activities/relationship-activities.factory';
import { outreachBridgeConsumer } from './bridge/outreach-bridge.consumer';
import {
  InstitutionPolicies,
  institutionPolicyConsumer,
} from './institution-policy/institution-policy.consumer';
import { ensureTenantSearchAttribute } from './institution-policy/policy-broadcast';
import { loadWorkerConfig } from './worker.config';
import { RELATIONSHIP_BUNDLER_OPTIONS } from './workflow-bundle';

/** A stop that takes longer than this (a handler retrying against an unreachable Temporal) is cut. */
const SHUTDOWN_DEADLINE_MS = 20_000;

function healthServer(worker: Worker): Server {
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/health') {
      const state = worker.getState();
      const ok = state === 'RUNNING';
      response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', worker: state }));
      return;
    }
    if (request.method === 'GET' && path === '/metrics') {
      metricsRegistry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': metricsRegistry.contentType });
          response.end(text);
        },
        () => {
          response.writeHead(500);
          response.end();
        },
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'application/problem+json' });
    response.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
  });
}

async function run(): Promise<void> {
  // Before any connection: a worker that cannot sign its calls to outreach must not start.
  const config = loadWorkerConfig();
  const logger = createLogger('relationship');
  collectProcessMetrics();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const servers = serverAddresses();

  const mongo = await MongoClient.connect(servers.mongoUrl);
  const db = mongo.db(config.database);
  const store = new EventStore(db);
  await store.ensureIndexes();
  const kafka = new Kafka({
    clientId: 'relationship',
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  await ensureTopics(kafka, [
    topicFor('relationship'),
    topicFor('outreach'),
    topicFor('interviews'),
    topicFor('contacts'),
    topicFor('institutions'),
    DEAD_LETTER_TOPIC,
  ]);
  const relay = new OutboxRelay({
    store,
    db,
    kafka,
    logger,
    instanceId: `relationship-${config.port}`,
  });

  const clientConnection = await Connection.connect({ address: servers.temporalAddress });
  const client = new Client({
    connection: clientConnection,
    namespace: servers.temporalNamespace,
  });
  // Before any workflow starts: the bridge tags every new workflow with its tenant.
  await ensureTenantSearchAttribute(client);
  const institutionPolicies = new InstitutionPolicies(db, client);
  const workerConnection = await NativeConnection.connect({ address: servers.temporalAddress });
  const worker = await Worker.create({
    connection: workerConnection,
    namespace: servers.temporalNamespace,
    taskQueue: config.taskQueue,
    workflowsPath: require.resolve('./workflows/relationship-lifecycle.workflow'),
    // The policy module (zod and its schema) loaded once per V8 context, not once per workflow.
    bundlerOptions: RELATIONSHIP_BUNDLER_OPTIONS,
    activities: createRelationshipActivities({
      outreachBaseUrl: config.outreachBaseUrl,
      internalPrivateKeyPem: config.internalPrivateKeyPem,
      publishDue: outboxPublisher(store),
      currentInstitutionPolicy: (tenantId) => institutionPolicies.current(tenantId),
    }),
    // One V8 context for every workflow: far less memory per cached workflow.
    reuseV8Context: true,
    maxCachedWorkflows: 1_000,
    maxConcurrentWorkflowTaskExecutions: 40,
    maxConcurrentActivityTaskExecutions: 20,
  });
  const consumer = outreachBridgeConsumer({
    kafka,
    db,
    client,
    taskQueue: config.taskQueue,
    groupId: config.bridgeGroup,
    logger,
  });
  const policyConsumer = consumerFrom(institutionPolicyConsumer, {
    kafka,
    db,
    logger,
    dependency: institutionPolicies,
    groupId: config.institutionPolicyGroup,
  });

  await relay.start();
  const running = worker.run();
  await consumer.start();
  await policyConsumer.start();
  const server = healthServer(worker);
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  logger.info({ port: config.port, taskQueue: config.taskQueue }, 'relationship worker running');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('relationship worker stopping');
      // An event in flight when the deadline passes is delivered again after the restart; the
      // workflow ignores what it has seen, so cutting it short loses nothing.
      setTimeout(() => {
        logger.warn({ afterMs: SHUTDOWN_DEADLINE_MS }, 'graceful stop took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      await policyConsumer.stop();
      await consumer.stop();
      worker.shutdown();
      await running.catch(() => undefined);
      await relay.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await workerConnection.close();
      await clientConnection.close();
      await mongo.close();
    })();
    return stopping;
  };
  running.catch((error: unknown) => {
    logger.error({ err: error }, 'temporal worker failed');
    void stop().finally(() => process.exit(1));
  });
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
