// Readiness probe: one real protocol round trip to a server, exit 0 when it answered.
//   node infra/probe.mjs ferretdb mongodb://127.0.0.1:27017/
//   node infra/probe.mjs kafka 127.0.0.1:9092
//   node infra/probe.mjs temporal 127.0.0.1:7233 [namespace]
//   node infra/probe.mjs sendgrid http://127.0.0.1:3030
// A port that merely accepts TCP is not "ready": Kafka must return metadata, Mongo must answer
// ping, Temporal must describe the namespace the services use, and the SendGrid capture server's
// /health must name it (any other HTTP server on that port is not it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [, , server, endpoint, namespace = process.env.RAPPORT_TEMPORAL_NAMESPACE ?? 'default'] =
  process.argv;
const TIMEOUT_MS = 3000;

async function probeMongo(url) {
  const { MongoClient } = require('mongodb');
  const client = new MongoClient(url, {
    serverSelectionTimeoutMS: TIMEOUT_MS,
    connectTimeoutMS: TIMEOUT_MS,
  });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ ping: 1 });
    if (reply.ok !== 1) throw new Error(`ping answered ${JSON.stringify(reply)}`);
    return 'ping ok';
  } finally {
    await client.close();
  }
}

async function probeKafka(brokers) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'rapport-probe',
    brokers: brokers.split(','),
    connectionTimeout: TIMEOUT_MS,
    requestTimeout: TIMEOUT_MS,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (cluster.brokers.length === 0) throw new Error('no brokers in metadata');
    return `metadata ok (${cluster.brokers.length} broker, controller ${cluster.controller})`;
  } finally {
    await admin.disconnect();
  }
}

async function probeTemporal(address) {
  const { Connection } = require('@temporalio/client');
  const connection = await Connection.connect({ address, connectTimeout: TIMEOUT_MS });
  try {
    await connection.workflowService.describeNamespace({ namespace });
    return `namespace ${namespace} ok`;
  } finally {
    await connection.close();
  }
}

async function probeSendgrid(url) {
  const response = await fetch(new URL('/health', url), {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.status !== 'ok' || body.service !== 'sendgrid-capture') {
    throw new Error(`/health answered ${response.status} ${JSON.stringify(body)}`);
  }
  return `health ok (${body.messages} messages)`;
}

const probes = {
  ferretdb: probeMongo,
  kafka: probeKafka,
  temporal: probeTemporal,
  sendgrid: probeSendgrid,
};
const run = probes[server];
if (!run || !endpoint) {
  console.error('usage: probe.mjs <ferretdb|kafka|temporal|sendgrid> <endpoint> [namespace]');
  process.exit(64);
}
const timer = setTimeout(() => {
  console.error(`${server}: no answer within ${TIMEOUT_MS * 2} ms`);
  process.exit(1);
}, TIMEOUT_MS * 2);
try {
  console.log(`${server}: ${await run(endpoint)}`);
  clearTimeout(timer);
  process.exit(0);
} catch (error) {
  console.error(`${server}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
