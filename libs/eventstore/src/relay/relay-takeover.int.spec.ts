import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Kafka } from 'kafkajs';
import { decodeEnvelope, encodePayload } from '@rapport/contracts';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, repoRoot, testServers } from '@rapport/testing';
import { EventStore } from '../event-store';
import type { AppendContext, NewEvent } from '../events';
import { OutboxRelay } from './outbox-relay';

// A reader's disconnect waits out its fetch in flight: kafkajs's idle 5 s by default.
const READER_WAIT_MS = 250;

const STREAMS = 20;
const EVENTS_PER_STREAM = 40;
const EVENTS_PER_APPEND = 10;
const LEASE_MS = 2_000;

const context: AppendContext = {
  actor: { id: 'system', role: 'system' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-takeover',
};

interface Seen {
  key: string;
  version: number;
  eventId: string;
}

/**
 * Every message on the topic up to markers sent now, one per partition: stopping at an expected
 * count could hide a duplicate or a message that came late.
 */
async function everythingOn(kafka: Kafka, topic: string): Promise<Seen[]> {
  const admin = kafka.admin();
  await admin.connect();
  const partitions = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const marker = `marker-${randomUUID()}`;
  const producer = kafka.producer();
  await producer.connect();
  await producer
    .send({
      topic,
      acks: -1,
      messages: partitions.map(({ partition }) => ({
        partition,
        key: marker,
        value: Buffer.from(marker),
        headers: { marker },
      })),
    })
    .finally(() => producer.disconnect());
  const seen: Seen[] = [];
  const marked = new Set<number>();
  const consumer = kafka.consumer({
    groupId: `reader-${randomUUID()}`,
    maxWaitTimeInMs: READER_WAIT_MS,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    // eslint-disable-next-line @typescript-eslint/require-await -- kafkajs wants a promise back
    eachMessage: async ({ partition, message }) => {
      if (message.headers?.['marker']?.toString() === marker) {
        marked.add(partition);
        return;
      }
      const envelope = decodeEnvelope(message.value!);
      seen.push({
        key: message.key!.toString(),
        version: Number(envelope.streamVersion),
        eventId: envelope.eventId,
      });
    },
  });
  try {
    await pollUntil('the markers on every partition', () =>
      marked.size === partitions.length ? true : undefined,
    );
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

// A relay instance dies (SIGKILL: no lease released) while entries are still pending. Another
// instance, with its own id, must wait for the dead one's leases to expire, take every shard and
// publish the rest: every event in the store reaches Kafka, each stream in version order.
describe('a second relay instance takes over a dead one’s shards', () => {
  const suite = isolateSuite('relay-takeover');
  const topic = suite.topic('counters');
  const servers = testServers();
  let dead: ChildProcess | undefined;
  let survivor: OutboxRelay | undefined;

  afterAll(async () => {
    dead?.kill('SIGKILL');
    await survivor?.stop();
    await suite.cleanup();
  });

  function startRelayProcess(instanceId: string): ChildProcess {
    // node runs the relay itself (tsx only as a loader), so SIGKILL hits the relay, not a wrapper.
    return spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'libs/eventstore/src/relay/relay.main.ts')],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          TSX_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.base.json'),
          LOG_LEVEL: 'error',
          RAPPORT_MONGO_URL: servers.mongoUrl,
          RAPPORT_EVENTSTORE_DB: suite.dbName,
          RAPPORT_KAFKA_BROKERS: servers.kafkaBrokers.join(','),
          RAPPORT_RELAY_INSTANCE: instanceId,
          RAPPORT_RELAY_LEASE_MS: String(LEASE_MS),
        },
      },
    );
  }

  it('publishes everything the dead instance left, in order, under the new owner', async () => {
    const db = await suite.db();
    const store = new EventStore(db);
    await store.ensureIndexes();
    const admin = suite.kafka().admin();
    await admin.connect();
    await admin
      .createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true })
      .finally(() => admin.disconnect());

    const streams = Array.from({ length: STREAMS }, (_, i) => ({
      tenantId: 'uni-a',
      streamId: `takeover-${i}-${randomUUID()}`,
    }));
    const appendRound = (from: number) =>
      Promise.all(
        streams.map((stream) => {
          const events: NewEvent[] = Array.from({ length: EVENTS_PER_APPEND }, (_, i) => ({
            eventId: randomUUID(),
            event: { type: 'Incremented', data: { by: 1 } },
            outbox: {
              topic,
              type: 'rapport.eventstore.v1.CounterIncremented',
              schemaVersion: 1,
              payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
                counterId: stream.streamId,
                amount: 1n,
                sequence: BigInt(from + i + 1),
              }),
            },
          }));
          return store.append(stream, from, events, context);
        }),
      );
    const leases = db.collection<{ _id: number; owner: string }>('relay_leases');

    // The first instance publishes a first round, so it provably holds the shards, …
    dead = startRelayProcess('relay-doomed');
    await appendRound(0);
    await pollUntil(
      'the first instance to drain the first round',
      async () => ((await store.outbox.countDocuments()) === 0 ? true : undefined),
      { timeoutMs: 60_000 },
    );
    // … then dies without releasing them (SIGKILL), and the rest is appended after its death, so
    // no entry of it can have been published by the dead instance.
    const doomed = dead;
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    expect(doomed.signalCode).toBe('SIGKILL');
    for (let from = EVENTS_PER_APPEND; from < EVENTS_PER_STREAM; from += EVENTS_PER_APPEND)
      await appendRound(from);
    const heldByDead = await leases.find().toArray();
    expect(heldByDead.length).toBeGreaterThan(0);
    expect(heldByDead.every((lease) => lease.owner === 'relay-doomed')).toBe(true);
    expect(await store.outbox.countDocuments()).toBeGreaterThan(0);

    survivor = new OutboxRelay({
      store,
      db,
      kafka: suite.kafka(),
      logger: createLogger('relay-takeover-test', 'warn'),
      instanceId: 'relay-survivor',
      leaseMs: LEASE_MS,
      idleMs: 20,
    });
    await survivor.start();
    await pollUntil(
      'the second instance to drain the outbox',
      async () => ((await store.outbox.countDocuments()) === 0 ? true : undefined),
      { timeoutMs: 60_000 },
    );
    const shards = await leases.find().toArray();
    expect(shards.map((lease) => lease._id).sort((a, b) => a - b)).toEqual(
      heldByDead.map((lease) => lease._id).sort((a, b) => a - b),
    );
    expect(shards.every((lease) => lease.owner === 'relay-survivor')).toBe(true);

    const seen = await everythingOn(suite.kafka(), topic);
    const stored: Seen[] = [];
    for await (const event of store.readAll({ tenantId: 'uni-a' }))
      stored.push({ key: event.streamId, version: event.version, eventId: event.eventId });
    expect(stored).toHaveLength(STREAMS * EVENTS_PER_STREAM);
    // No loss: every stored event is on the topic (a redelivery of the dead one's last batch is
    // allowed, at-least-once), and every stream's first sightings are its versions in order.
    const seenIds = new Set(seen.map((s) => s.eventId));
    expect(stored.filter((event) => !seenIds.has(event.eventId))).toEqual([]);
    for (const stream of streams) {
      const versions = seen.filter((s) => s.key === stream.streamId).map((s) => s.version);
      const firstSightings = versions.filter((v, i) => versions.indexOf(v) === i);
      expect(firstSightings).toEqual(Array.from({ length: EVENTS_PER_STREAM }, (_, i) => i + 1));
    }
  }, 180_000);
});
