import { randomUUID } from 'node:crypto';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import type { Admin, Producer } from 'kafkajs';
import type { Collection } from 'mongodb';
import { encodeEnvelope, encodePayload } from '@rapport/contracts';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import type { ConsumedEvent } from './consumed-event';
import { EventConsumer } from './event-consumer';
import { ensureTopics } from './topics-admin';

const logger = createLogger('consumer-dedup-test', 'fatal');
const FAST = { maxWaitTimeInMs: 250, heartbeatInterval: 250 };

/** One side effect: what a mailer or a command call would be. Inserted, never merged. */
interface Effect {
  _id: string;
  /** `<stream>@<version>`: the event the effect was for. */
  event: string;
  by: string;
}

interface Message {
  key: string;
  value: Buffer;
  eventId: string;
}

function message(streamId: string, version: number, eventId: string = randomUUID()): Message {
  const value = Buffer.from(
    encodeEnvelope({
      eventId,
      type: 'rapport.eventstore.v1.CounterIncremented',
      schemaVersion: 1,
      streamId,
      streamVersion: BigInt(version),
      tenantId: 'uni-a',
      actor: { id: 'system', role: 'system' },
      occurredAt: timestampNow(),
      correlationId: 'corr-dedup',
      causationId: 'corr-dedup',
      payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
        counterId: streamId,
        amount: 1n,
        sequence: BigInt(version),
      }),
    }),
  );
  return { key: streamId, value, eventId };
}

// The handler here is deliberately NOT idempotent: each call inserts a new effect document with a
// random id, as sending an email would. So "exactly once" below is the consumer's de-duplication
// (event id and stream version, kept per group in the positions collection) and nothing else.
describe('EventConsumer de-duplicates for a handler that is not idempotent (real Kafka + FerretDB)', () => {
  const suite = isolateSuite('consumer-dedup');
  let producer: Producer;
  let admin: Admin;
  let effects: Collection<Effect>;
  const running: EventConsumer[] = [];

  const send = (topic: string, messages: readonly Message[]) =>
    producer.send({
      topic,
      acks: -1,
      messages: messages.map(({ key, value }) => ({ key, value })),
    });

  async function consumer(
    name: string,
    groupId: string,
    topic: string,
    db: Awaited<ReturnType<typeof suite.db>>,
  ): Promise<EventConsumer> {
    return start(db, name, groupId, topic);
  }

  async function start(
    db: Awaited<ReturnType<typeof suite.db>>,
    name: string,
    groupId: string,
    topic: string,
  ): Promise<EventConsumer> {
    const instance = new EventConsumer({
      kafka: suite.kafka(),
      db,
      groupId,
      topics: [topic],
      logger,
      // Stops and rejoins are what this spec is about: each takes a fetch wait or a heartbeat.
      timings: FAST,
      handle: async (event: ConsumedEvent) => {
        const { streamId, streamVersion } = event.envelope;
        await effects.insertOne({
          _id: randomUUID(),
          event: `${streamId}@${streamVersion}`,
          by: name,
        });
      },
    });
    await instance.start();
    running.push(instance);
    return instance;
  }

  async function stop(instance: EventConsumer): Promise<void> {
    await instance.stop();
    running.splice(running.indexOf(instance), 1);
  }

  /**
   * Effects per event, read once a marker sent now to every partition had its effect: a partition
   * is consumed in order, so everything sent to it before its marker was handled by then.
   */
  async function effectsAfterMarkers(
    topic: string,
    partitions: number,
  ): Promise<Map<string, string[]>> {
    const markers = Array.from({ length: partitions }, (_, partition) => ({
      partition,
      ...message(`marker-${partition}-${randomUUID()}`, 1),
    }));
    await producer.send({
      topic,
      acks: -1,
      messages: markers.map(({ partition, key, value }) => ({ partition, key, value })),
    });
    for (const marker of markers)
      await pollUntil(
        `the marker on partition ${marker.partition}`,
        async () => ((await effects.findOne({ event: `${marker.key}@1` })) ? true : undefined),
        { timeoutMs: 60_000 },
      );
    const byEvent = new Map<string, string[]>();
    for (const effect of await effects.find().toArray())
      byEvent.set(effect.event, [...(byEvent.get(effect.event) ?? []), effect.by]);
    return byEvent;
  }

  /** Waits until the group has `members` members and has settled its assignment. */
  const groupSettles = (groupId: string, members: number) =>
    pollUntil(
      `${groupId} stable with ${members} member(s)`,
      async () => {
        const { groups } = await admin.describeGroups([groupId]);
        const group = groups[0];
        return group?.state === 'Stable' && group.members.length === members ? true : undefined;
      },
      { timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    const db = await suite.db();
    effects = db.collection<Effect>(`effects_${suite.id}`.replace(/\W/g, '_'));
    producer = suite.kafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    admin = suite.kafka().admin();
    await admin.connect();
  });

  afterAll(async () => {
    // All at once: each stop waits out its consumer's idle fetch (up to 5 s).
    await Promise.all([...running].map((instance) => instance.stop()));
    await producer?.disconnect();
    await admin?.disconnect();
    await suite.cleanup();
  });

  it('has one effect per event when messages are redelivered, also to a restarted instance', async () => {
    const db = await suite.db();
    const topic = suite.topic('redelivered');
    await ensureTopics(suite.kafka(), [topic], 1);
    const stream = `s-${randomUUID()}`;
    const first = [1, 2, 3].map((v) => message(stream, v));
    const one = await consumer('one', `${suite.id}-redelivery`, topic, db);
    // Each message twice in a row, and the whole run again: what a relay that crashed between
    // publishing and deleting its outbox entries sends.
    await send(
      topic,
      first.flatMap((m) => [m, m]),
    );
    await send(topic, first);
    await effectsAfterMarkers(topic, 1);
    // A new instance of the group (a deploy) has an empty cache: it must read the saved positions.
    await stop(one);
    await consumer('two', `${suite.id}-redelivery`, topic, db);
    const second = message(stream, 4);
    await send(topic, [...first, second, first[1]!, second]);
    const byEvent = await effectsAfterMarkers(topic, 1);
    const ofStream = [...byEvent].filter(([event]) => event.startsWith(`${stream}@`));
    expect(Object.fromEntries(ofStream)).toEqual({
      [`${stream}@1`]: ['one'],
      [`${stream}@2`]: ['one'],
      [`${stream}@3`]: ['one'],
      [`${stream}@4`]: ['two'],
    });
  });

  it('forgets cached positions on a rebalance: a member that gets partitions back re-reads them', async () => {
    const db = await suite.db();
    const topic = suite.topic('rebalanced');
    const groupId = `${suite.id}-rebalance`;
    // Two partitions, two members: each member is assigned exactly one partition.
    await ensureTopics(suite.kafka(), [topic], 2);
    const streams = Array.from({ length: 12 }, (_, i) => `r${i}-${randomUUID()}`);
    const at = (version: number) => streams.map((s) => message(s, version));

    // Phase 1: A alone handles v1–v3 of every stream, caching every stream's position.
    await consumer('A', groupId, topic, db);
    await send(topic, [...at(1), ...at(2), ...at(3)]);
    await pollUntil(
      'A to handle v1–v3',
      async () => ((await effects.countDocuments({ by: 'A' })) === 36 ? true : undefined),
      { timeoutMs: 60_000 },
    );

    // Phase 2: B joins, takes one partition and moves its streams to v4–v6 while A is alive.
    const b = await consumer('B', groupId, topic, db);
    await groupSettles(groupId, 2);
    const phase2 = [...at(4), ...at(5), ...at(6)];
    await send(topic, phase2);
    await pollUntil(
      'v4–v6 handled',
      async () =>
        (await effects.countDocuments({ by: { $in: ['A', 'B'] } })) >= 72 ? true : undefined,
      { timeoutMs: 60_000 },
    );
    const movedToB = new Set(
      (await effects.find({ by: 'B' }).toArray()).map((e) => e.event.split('@')[0]),
    );
    // Otherwise this test would prove nothing about a moved partition.
    expect(movedToB.size).toBeGreaterThan(0);
    expect(movedToB.size).toBeLessThan(streams.length);

    // Phase 3: B leaves; A gets B's partition back. Its cache from phase 1 says v3 for B's streams;
    // a redelivered v5 (same event id, as after a relay crash) must still be a duplicate.
    await stop(b);
    await groupSettles(groupId, 1);
    const redeliveredV5 = phase2.slice(streams.length, 2 * streams.length);
    await send(topic, [...redeliveredV5, ...at(7)]);
    const byEvent = await effectsAfterMarkers(topic, 2);

    for (const stream of streams) {
      for (let version = 1; version <= 7; version += 1)
        expect({
          event: `${stream}@${version}`,
          effects: byEvent.get(`${stream}@${version}`),
        }).toEqual({
          event: `${stream}@${version}`,
          effects: [version <= 3 || version === 7 || !movedToB.has(stream) ? 'A' : 'B'],
        });
    }
  });
});
