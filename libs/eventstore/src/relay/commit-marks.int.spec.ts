import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { type CommandStartedEvent, MongoClient } from 'mongodb';
import { decodeEnvelope, encodePayload } from '@rapport/contracts';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, testServers } from '@rapport/testing';
import type { CommittedEntry } from '../commit-marks';
import { ConcurrencyError } from '../concurrency-error';
import { EventStore } from '../event-store';
import type { AppendContext, NewEvent, StreamRef } from '../events';
import { OutboxRelay } from './outbox-relay';

const context: AppendContext = {
  actor: { id: 'system', role: 'system' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-marks',
};
const logger = createLogger('commit-marks-test', 'warn');

function counted(topic: string, stream: StreamRef, from: number, count: number): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    event: { type: 'Incremented', data: { by: 1 } },
    outbox: {
      topic,
      type: 'rapport.eventstore.v1.CounterIncremented',
      schemaVersion: 1,
      payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
        counterId: stream.streamId,
        amount: 1n,
        sequence: BigInt(from + i),
      }),
    },
  }));
}

/** The stream versions published on `topic`, per stream, once `expected` messages are in. */
async function versionsOn(
  kafka: Kafka,
  topic: string,
  expected: number,
): Promise<Map<string, number[]>> {
  const seen = new Map<string, number[]>();
  let count = 0;
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    // eslint-disable-next-line @typescript-eslint/require-await -- kafkajs wants a promise back
    eachMessage: async ({ message }) => {
      const envelope = decodeEnvelope(message.value!);
      seen.set(envelope.streamId, [
        ...(seen.get(envelope.streamId) ?? []),
        Number(envelope.streamVersion),
      ]);
      count += 1;
    },
  });
  try {
    await pollUntil(`${expected} messages on ${topic}`, () =>
      count >= expected ? true : undefined,
    );
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

async function createTopic(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
}

const streamsOf = (label: string, n: number): StreamRef[] =>
  Array.from({ length: n }, (_, i) => ({
    tenantId: 'uni-a',
    streamId: `${label}-${i}-${randomUUID()}`,
  }));

describe('commit marks are only a fallback for relays of other processes', () => {
  const suite = isolateSuite('eventstore-marks');
  let client: MongoClient;
  const commands: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      if (event.databaseName === suite.dbName) commands.push(event);
    });
  });
  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });

  it('a relay in the writer’s process publishes its entries with neither a mark nor a lookup', async () => {
    const db = client.db(suite.dbName);
    const store = new EventStore(db, 'here');
    await store.ensureIndexes();
    const topic = suite.topic('here');
    await createTopic(suite.kafka(), topic);
    const relay = new OutboxRelay({ store, db, kafka: suite.kafka(), logger, instanceId: 'here' });
    await relay.start();
    try {
      // The relay holds its shards once its first round has run: the first append shows it.
      const [first, ...others] = streamsOf('here', 4);
      await store.append(first!, 0, counted(topic, first!, 1, 1), context);
      await versionsOn(suite.kafka(), topic, 1);
      commands.splice(0);
      for (const stream of others) {
        await store.append(stream, 0, counted(topic, stream, 1, 2), context);
        await store.append(stream, 2, counted(topic, stream, 3, 1), context);
      }
      await pollUntil('the outbox emptied', async () =>
        (await store.outbox.countDocuments({})) === 0 ? true : undefined,
      );
      const seen = await versionsOn(suite.kafka(), topic, 10);
      for (const stream of others) expect(seen.get(stream.streamId)).toEqual([1, 2, 3]);
      const on = (collection: string, name: string) =>
        commands.filter((c) => c.commandName === name && c.command[name] === collection);
      // Entries went in and out; none was marked, and no event was looked up to see it whole.
      expect(on('here_outbox', 'insert').length).toBeGreaterThan(0);
      expect(on('here_outbox', 'delete').length).toBeGreaterThan(0);
      expect(on('here_outbox', 'update')).toEqual([]);
      expect(on('here', 'find')).toEqual([]);
    } finally {
      await relay.stop();
    }
  });

  it('a store without read models and no relay here marks nothing; a relay elsewhere looks its entries up, at once once they are older than its grace', async () => {
    const db = client.db(suite.dbName);
    const topic = suite.topic('unmarked');
    await createTopic(suite.kafka(), topic);
    // Two writers of other processes without read models: one whose entries are 20 minutes old by
    // its clock, one writing now.
    const past = new EventStore(db, 'unmarked', () => new Date(Date.now() - 20 * 60_000));
    const present = new EventStore(db, 'unmarked');
    await past.ensureIndexes();
    const [old1, old2, young] = streamsOf('unmarked', 3) as [StreamRef, StreamRef, StreamRef];
    commands.splice(0);
    await past.append(old1, 0, counted(topic, old1, 1, 2), context);
    await past.append(old1, 2, counted(topic, old1, 3, 1), context);
    await past.append(old2, 0, counted(topic, old2, 1, 1), context);
    await present.append(young, 0, counted(topic, young, 1, 1), context);
    await Promise.all([past.flushHeads(), present.flushHeads()]);
    const on = (collection: string, name: string) =>
      commands.filter((c) => c.commandName === name && c.command[name] === collection);
    // No mark was written: the entries stay as the appends inserted them.
    expect(on('unmarked_outbox', 'update')).toEqual([]);
    expect(await past.outbox.countDocuments({ committed: true })).toBe(0);
    expect(await past.outbox.countDocuments({})).toBe(4);

    // A relay of another process whose grace (10 minutes) the old entries have outlived by their
    // writer's clock, and the young one has not.
    const relay = new OutboxRelay({
      store: new EventStore(db, 'unmarked'),
      db,
      kafka: suite.kafka(),
      logger,
      instanceId: 'unmarked-elsewhere',
      markGraceMs: 600_000,
    });
    commands.splice(0);
    await relay.start();
    try {
      const seen = await versionsOn(suite.kafka(), topic, 4);
      expect(seen.get(old1.streamId)).toEqual([1, 2, 3]);
      expect(seen.get(old2.streamId)).toEqual([1]);
      await pollUntil('the old entries removed', async () =>
        (await past.outbox.countDocuments({})) === 1 ? true : undefined,
      );
      // Each old entry was published after a key lookup of its last event.
      const looked = on('unmarked', 'find').map(
        (c) => (c.command['filter'] as { _id: string })._id,
      );
      expect(looked).toEqual(
        expect.arrayContaining([
          `uni-a|${old1.streamId}|000000000002`,
          `uni-a|${old1.streamId}|000000000003`,
          `uni-a|${old2.streamId}|000000000001`,
        ]),
      );
      // The young entry waits out the grace: neither published nor looked up.
      expect(seen.has(young.streamId)).toBe(false);
      expect(looked.some((key) => key.includes(young.streamId))).toBe(false);
      expect((await past.outbox.findOne({}))?.streamId).toBe(young.streamId);
    } finally {
      await relay.stop();
    }
  });

  it('an entry taken here but left unpublished is marked later, and a relay elsewhere publishes it; a refused append’s entry is never handed over', async () => {
    const db = client.db(suite.dbName);
    // A short fallback, so that the spec need not wait the default seconds.
    const writer = new EventStore(db, 'away', () => new Date(), undefined, 200);
    await writer.ensureIndexes();
    const topic = suite.topic('away');
    await createTopic(suite.kafka(), topic);
    // Stands for a relay of the writer's process that took the entries, then stalled.
    const handedOver: CommittedEntry[] = [];
    writer.onCommitted((entries) => {
      handedOver.push(...entries);
      return entries.map(({ entry }) => entry._id);
    });
    const [stream, stale] = streamsOf('away', 2) as [StreamRef, StreamRef];
    await writer.append(stale, 0, counted(topic, stale, 1, 1), context);
    const outcomes = await Promise.allSettled([
      writer.append(stream, 0, counted(topic, stream, 1, 2), context),
      writer.append(stale, 0, counted(topic, stale, 1, 1), context),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    // Handed over: the two written appends' entries, never the refused one's.
    expect(handedOver.map(({ entry }) => entry.streamId).sort()).toEqual(
      [stale.streamId, stream.streamId].sort(),
    );
    expect(handedOver.map(({ entry }) => entry.fromVersion)).toEqual([1, 1]);

    await pollUntil('both entries marked after the fallback delay', async () =>
      (await writer.outbox.countDocuments({ committed: true })) === 2 ? true : undefined,
    );
    // Another process: its own store object, and a grace so long that only the marks let it
    // publish (it would otherwise wait to look the entries' events up itself).
    const elsewhere = new EventStore(db, 'away');
    const relay = new OutboxRelay({
      store: elsewhere,
      db,
      kafka: suite.kafka(),
      logger,
      instanceId: 'elsewhere',
      markGraceMs: 600_000,
    });
    await relay.start();
    try {
      const seen = await versionsOn(suite.kafka(), topic, 3);
      expect(seen.get(stream.streamId)).toEqual([1, 2]);
      expect(seen.get(stale.streamId)).toEqual([1]);
    } finally {
      await relay.stop();
    }
  });
});
