import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Kafka } from 'kafkajs';
import { decodeEnvelope, encodePayload } from '@rapport/contracts';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, repoRoot } from '@rapport/testing';
import { type OutboxDocument, toDocuments } from '../event-document';
import { EventStore } from '../event-store';
import type { AppendContext, NewEvent } from '../events';
import { OutboxRelay } from './outbox-relay';

// A reader's disconnect waits out its fetch in flight: kafkajs's idle 5 s by default.
const READER_WAIT_MS = 250;

const context: AppendContext = {
  actor: { id: 'system', role: 'system' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-relay',
};
const logger = createLogger('relay-test', 'warn');

function counted(
  topic: string,
  counterId: string,
  from: number,
  count: number,
  publish = true,
): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    event: { type: 'Incremented', data: { by: 1 } },
    ...(publish
      ? {
          outbox: {
            topic,
            type: 'rapport.eventstore.v1.CounterIncremented',
            schemaVersion: 1,
            payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
              counterId,
              amount: 1n,
              sequence: BigInt(from + i),
            }),
          },
        }
      : {}),
  }));
}

interface Seen {
  key: string;
  version: number;
  eventId: string;
}

/** Reads a topic from the start in a fresh group until `expected` messages are in. */
async function readTopic(
  kafka: Kafka,
  topic: string,
  expected: number,
  timeoutMs = 60_000,
): Promise<Seen[]> {
  const seen: Seen[] = [];
  const consumer = kafka.consumer({
    groupId: `reader-${randomUUID()}`,
    maxWaitTimeInMs: READER_WAIT_MS,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    // eslint-disable-next-line @typescript-eslint/require-await -- kafkajs wants a promise back
    eachMessage: async ({ message }) => {
      const envelope = decodeEnvelope(message.value!);
      seen.push({
        key: message.key!.toString(),
        version: Number(envelope.streamVersion),
        eventId: envelope.eventId,
      });
    },
  });
  try {
    await pollUntil(
      `${expected} messages on ${topic}`,
      () => (seen.length >= expected ? true : undefined),
      {
        timeoutMs,
      },
    );
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/**
 * Everything on a topic up to markers sent now, one to each partition: a reader that stopped at
 * the expected count could not see a duplicate, this one reads every message published before.
 */
async function readAllBeforeMarkers(kafka: Kafka, topic: string): Promise<Seen[]> {
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
    await pollUntil(`the markers on every partition of ${topic}`, () =>
      marked.size === partitions.length ? true : undefined,
    );
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/** Per stream, the versions a version-guarded consumer applies must be 1..n with none skipped. */
function appliedInOrder(seen: readonly Seen[]): Map<string, number[]> {
  const applied = new Map<string, number[]>();
  for (const { key, version } of seen) {
    const versions = applied.get(key) ?? [];
    if (version > (versions.at(-1) ?? 0)) versions.push(version);
    applied.set(key, versions);
  }
  return applied;
}

async function createTopic(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
}

describe('OutboxRelay against real Kafka and FerretDB', () => {
  const suite = isolateSuite('relay');
  let store: EventStore;

  beforeAll(async () => {
    store = new EventStore(await suite.db());
    await store.ensureIndexes();
  });
  afterAll(() => suite.cleanup());

  it('publishes the outbox keyed by stream, in order, once, and then empties it', async () => {
    const topic = suite.topic('counters-a');
    await createTopic(suite.kafka(), topic);
    const streams = ['a', 'b', 'c'].map((s) => ({
      tenantId: 'uni-a',
      streamId: `${s}-${randomUUID()}`,
    }));
    for (const stream of streams) {
      await store.append(stream, 0, counted(topic, stream.streamId, 1, 3), context);
      await store.append(stream, 3, counted(topic, stream.streamId, 4, 1, false), context);
    }
    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'r1',
    });
    await relay.start();
    try {
      await pollUntil('the outbox emptied', async () =>
        (await store.outbox.countDocuments({
          streamId: { $in: streams.map((s) => s.streamId) },
        })) === 0
          ? true
          : undefined,
      );
      // Once: read to markers published after the relay was done, then count.
      const seen = await readAllBeforeMarkers(suite.kafka(), topic);
      expect(seen).toHaveLength(9);
      expect(new Set(seen.map((s) => s.eventId)).size).toBe(9);
      for (const stream of streams) {
        // Internal-only events (no outbox message) stay inside the context.
        expect(seen.filter((s) => s.key === stream.streamId).map((s) => s.version)).toEqual([
          1, 2, 3,
        ]);
      }
    } finally {
      await relay.stop();
    }
  });

  it('backs off while idle, and still publishes what another process writes', async () => {
    const topic = suite.topic('counters-idle');
    await createTopic(suite.kafka(), topic);
    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'r-idle',
      idleMs: 20,
      maxIdleMs: 160,
    });
    await relay.start();
    try {
      await pollUntil('the idle wait at its longest', () =>
        relay.nextIdleMs === 160 ? true : undefined,
      );
      // Another process's store: its commits do not wake this relay, only its polling finds them.
      const elsewhere = new EventStore(await suite.db());
      const stream = { tenantId: 'uni-i', streamId: `idle-${randomUUID()}` };
      await elsewhere.append(stream, 0, counted(topic, stream.streamId, 1, 2), context);
      await pollUntil('the other process’s entry published', async () =>
        (await store.outbox.countDocuments({ streamId: stream.streamId })) === 0 ? true : undefined,
      );
      const seen = await readTopic(suite.kafka(), topic, 2);
      expect(seen.map((s) => [s.key, s.version])).toEqual([
        [stream.streamId, 1],
        [stream.streamId, 2],
      ]);
    } finally {
      await relay.stop();
    }
  });

  it('keeps each stream in order over rounds when its entries are written between other streams’', async () => {
    const topic = suite.topic('counters-interleaved');
    await createTopic(suite.kafka(), topic);
    const streams = ['a', 'b', 'c'].map((s) => ({
      tenantId: 'uni-a',
      streamId: `${s}-${randomUUID()}`,
    }));
    // 3 x 40 one-event appends, round-robin: more than one round of 100 messages, and every
    // round's first-written entries hold several streams at several versions.
    const appends = 40;
    for (let version = 0; version < appends; version++)
      for (const stream of streams)
        await store.append(
          stream,
          version,
          counted(topic, stream.streamId, version + 1, 1),
          context,
        );
    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'r-interleaved',
      batchSize: 100,
    });
    await relay.start();
    try {
      await pollUntil('the outbox emptied', async () =>
        (await store.outbox.countDocuments({
          streamId: { $in: streams.map((s) => s.streamId) },
        })) === 0
          ? true
          : undefined,
      );
      const seen = await readAllBeforeMarkers(suite.kafka(), topic);
      const inOrder = Array.from({ length: appends }, (_, i) => i + 1);
      for (const stream of streams)
        expect(seen.filter((s) => s.key === stream.streamId).map((s) => s.version)).toEqual(
          inOrder,
        );
    } finally {
      await relay.stop();
    }
  });

  it('publishes streams started in bulk as soon as their round is committed, and holds a round without its marker', async () => {
    const topic = suite.topic('counters-bulk');
    await createTopic(suite.kafka(), topic);
    const streams = Array.from({ length: 30 }, (_, i) => ({
      tenantId: 'uni-bulk',
      streamId: `bulk-${i}-${randomUUID()}`,
    }));
    await store.startStreams(
      streams.map((stream) => ({ stream, events: counted(topic, stream.streamId, 1, 2) })),
      context,
    );
    // A writer that died after its events but before its marker: the entry looks uncommitted and
    // recent, so the relay must wait (and check the events once it looks abandoned).
    const unmarked = { tenantId: 'uni-bulk', streamId: `unmarked-${randomUUID()}` };
    const written = toDocuments(
      unmarked,
      0,
      counted(topic, unmarked.streamId, 1, 1),
      context,
      new Date(),
    );
    await store.outbox.insertOne({ ...written.outbox!, bulkRound: randomUUID() } as OutboxDocument);
    await store.events.insertMany(written.events);

    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'bulk',
    });
    await relay.start();
    try {
      await pollUntil('the bulk entries published and removed', async () =>
        (await store.outbox.countDocuments({ tenantId: 'uni-bulk' })) === 1 ? true : undefined,
      );
      const seen = await readAllBeforeMarkers(suite.kafka(), topic);
      expect(seen).toHaveLength(60);
      expect(new Set(seen.map((s) => s.key))).toEqual(new Set(streams.map((s) => s.streamId)));
      for (const stream of streams) {
        expect(seen.filter((s) => s.key === stream.streamId).map((s) => s.version)).toEqual([1, 2]);
      }
      expect(await store.outbox.findOne({ tenantId: 'uni-bulk' })).toMatchObject({
        streamId: unmarked.streamId,
      });
    } finally {
      await relay.stop();
    }
  });

  it('after writers crashed: publishes a whole batch, drops an entry whose events never came and one that lost its race', async () => {
    const topic = suite.topic('counters-crashed');
    await createTopic(suite.kafka(), topic);
    const longAgo = new Date(Date.now() - 60_000);
    const whole = { tenantId: 'uni-d', streamId: `whole-${randomUUID()}` };
    const phantom = { tenantId: 'uni-d', streamId: `phantom-${randomUUID()}` };
    // Writer 1 wrote its entry and its events, then died before marking the entry committed.
    const written = toDocuments(whole, 0, counted(topic, whole.streamId, 1, 2), context, longAgo);
    await store.outbox.insertOne(written.outbox!);
    await store.events.insertMany(written.events);
    // Writer 2 died between its entry and its events.
    await store.outbox.insertOne(
      toDocuments(phantom, 0, counted(topic, phantom.streamId, 1, 1), context, longAgo).outbox!,
    );
    // Writer 3 lost the race for version 1 of the whole stream and died before removing its entry:
    // its messages must never go out, although an event is stored at its position.
    const loser = toDocuments(whole, 0, counted(topic, whole.streamId, 1, 2), context, longAgo);
    await store.outbox.insertOne(loser.outbox!);

    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'r-crashed',
      // The entries are a minute old already; what is left is the relay's own wait.
      missingForMs: 200,
    });
    await relay.start();
    try {
      await pollUntil('every entry settled', async () =>
        (await store.outbox.countDocuments({
          streamId: { $in: [whole.streamId, phantom.streamId] },
        })) === 0
          ? true
          : undefined,
      );
      const admin = suite.kafka().admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
      // Exactly the two whole events reached the topic; the phantom entry published nothing.
      expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(2);
      const seen = await readTopic(suite.kafka(), topic, 2);
      expect(seen.map((s) => [s.key, s.version])).toEqual([
        [whole.streamId, 1],
        [whole.streamId, 2],
      ]);
    } finally {
      await relay.stop();
    }
  });

  it('keeps every stream in order with two relay instances running at once', async () => {
    const topic = suite.topic('counters-b');
    await createTopic(suite.kafka(), topic);
    const db = await suite.db();
    const relays = ['r-left', 'r-right'].map(
      (instanceId) =>
        new OutboxRelay({
          store,
          db,
          kafka: suite.kafka(),
          logger,
          instanceId,
          maxShards: 8,
          idleMs: 20,
        }),
    );
    await Promise.all(relays.map((r) => r.start()));
    try {
      const streams = Array.from({ length: 20 }, (_, i) => ({
        tenantId: 'uni-b',
        streamId: `s${i}-${randomUUID()}`,
      }));
      // Appends keep arriving while both relays publish.
      for (let round = 0; round < 5; round++) {
        await Promise.all(
          streams.map((stream) =>
            store.append(
              stream,
              round * 5,
              counted(topic, stream.streamId, round * 5 + 1, 5),
              context,
            ),
          ),
        );
      }
      const seen = await readTopic(suite.kafka(), topic, 500);
      const applied = appliedInOrder(seen);
      for (const stream of streams) {
        expect(applied.get(stream.streamId)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      }
      // Each message arrived in version order within its stream: no stream went backwards.
      for (const stream of streams) {
        const versions = seen.filter((s) => s.key === stream.streamId).map((s) => s.version);
        expect(versions).toEqual([...versions].sort((a, b) => a - b));
      }
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('loses nothing when Kafka stops and comes back mid-stream', async () => {
    const topic = suite.topic('counters-c');
    await createTopic(suite.kafka(), topic);
    const stream = { tenantId: 'uni-c', streamId: `outage-${randomUUID()}` };
    const relay = new OutboxRelay({
      store,
      db: await suite.db(),
      kafka: suite.kafka(),
      logger,
      instanceId: 'r-outage',
      idleMs: 20,
    });
    await relay.start();
    const infra = (script: string) =>
      execFileSync('bash', [path.join(repoRoot, 'infra', script), 'kafka'], {
        stdio: 'ignore',
        timeout: 120_000,
      });
    try {
      await store.append(stream, 0, counted(topic, stream.streamId, 1, 10), context);
      await pollUntil('the first ten published', async () =>
        (await store.outbox.countDocuments({ streamId: stream.streamId })) === 0 ? true : undefined,
      );
      infra('stop.sh');
      // Written while Kafka is down: the outbox holds them.
      await store.append(stream, 10, counted(topic, stream.streamId, 11, 10), context);
      const held = await store.outbox.find({ streamId: stream.streamId }).toArray();
      expect(held.flatMap((entry) => entry.messages)).toHaveLength(10);
      infra('start.sh');
      await pollUntil(
        'the outbox drained after Kafka returned',
        async () =>
          (await store.outbox.countDocuments({ streamId: stream.streamId })) === 0
            ? true
            : undefined,
        { timeoutMs: 90_000 },
      );
      const seen = await readTopic(suite.kafka(), topic, 20);
      expect(appliedInOrder(seen).get(stream.streamId)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    } finally {
      await relay.stop();
    }
  });
});
