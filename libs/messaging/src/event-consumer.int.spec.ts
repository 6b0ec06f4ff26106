import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  type CounterIncremented,
  DEAD_LETTER_TOPIC,
  encodeEnvelope,
  encodePayload,
} from '@rapport/contracts';
import { type DomainEvent, EventStore } from '@rapport/eventstore';
import { createLogger, metricsRegistry } from '@rapport/platform';
import { isolateSuite, pollUntil, repoRoot, testServers } from '@rapport/testing';
import type { ConsumedEvent } from './consumed-event';
import { DeadLetterQueue } from './dead-letters';
import { EventConsumer } from './event-consumer';
import { type Projection, ProjectionStore } from './projection';
import { ensureTopics } from './topics-admin';

const logger = createLogger('consumer-test', 'fatal');

/** The operators' dead-letter command, run as a person would. */
async function dlqCommand(dbName: string, ...args: string[]): Promise<string> {
  const servers = testServers();
  const { stdout } = await promisify(execFile)(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    [
      '--tsconfig',
      path.join(repoRoot, 'tsconfig.base.json'),
      path.join(repoRoot, 'libs/messaging/src/dead-letter.cli.ts'),
      ...args,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        RAPPORT_MONGO_URL: servers.mongoUrl,
        RAPPORT_KAFKA_BROKERS: servers.kafkaBrokers.join(','),
        RAPPORT_DLQ_DB: dbName,
      },
    },
  );
  return stdout;
}

/** Per-counter totals: the read model these tests feed. */
const totals: Projection<ConsumedEvent> = {
  name: 'counter_totals',
  project: (event) => {
    const payload = event.payload as CounterIncremented;
    return [{ id: payload.counterId, update: { $inc: { total: Number(payload.amount) } } }];
  },
};

function envelope(
  streamId: string,
  version: number,
  amount = 1,
  type = 'rapport.eventstore.v1.CounterIncremented',
) {
  return Buffer.from(
    encodeEnvelope({
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      streamId,
      streamVersion: BigInt(version),
      tenantId: 'uni-a',
      actor: { id: 'system', role: 'system' },
      occurredAt: timestampNow(),
      correlationId: 'corr-consumer',
      causationId: 'corr-consumer',
      payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
        counterId: streamId,
        amount: BigInt(amount),
        sequence: BigInt(version),
      }),
    }),
  );
}

describe('EventConsumer with projections, dead letters and replay (real Kafka + FerretDB)', () => {
  const suite = isolateSuite('consumer');
  const topic = suite.topic('counters');
  let producer: Producer;
  let projections: ProjectionStore;
  let consumer: EventConsumer;
  const failing = new Set<string>();
  const failOnce = new Set<string>();
  /** Handler calls per stream: what the consumer really handed over, retries included. */
  const handled = new Map<string, number>();

  const total = async (counterId: string) =>
    (await (await projections.active('counter_totals')).findOne({ _id: counterId }))?.['total'] as
      number | undefined;
  const send = (key: string, value: Buffer, headers?: Record<string, string>) =>
    producer.send({ topic, acks: -1, messages: [{ key, value, ...(headers ? { headers } : {}) }] });

  beforeAll(async () => {
    const db = await suite.db();
    // The dead-letter topic is shared by design; each test tells its letters apart by group.
    await ensureTopics(suite.kafka(), [topic, DEAD_LETTER_TOPIC], 1);
    producer = suite.kafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    projections = new ProjectionStore(db);
    consumer = new EventConsumer({
      kafka: suite.kafka(),
      db,
      groupId: `${suite.id}-totals`,
      topics: [topic],
      // Its stop waits out an idle fetch: 5 s at kafkajs's default, for nothing here.
      timings: { maxWaitTimeInMs: 250 },
      logger,
      maxAttempts: 2,
      retryDelayMs: 10,
      handle: async (event) => {
        const streamId = event.envelope.streamId;
        handled.set(streamId, (handled.get(streamId) ?? 0) + 1);
        if (failing.has(event.envelope.streamId)) throw new Error('downstream said no');
        if (failOnce.delete(event.envelope.streamId)) throw new Error('a blip');
        await projections.apply(totals, event, {
          tenantId: event.envelope.tenantId,
          streamId: event.envelope.streamId,
          version: Number(event.envelope.streamVersion),
        });
      },
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
    await suite.cleanup();
  });

  it('changes the projection once when the same event arrives twice', async () => {
    const stream = `dup-${randomUUID()}`;
    const first = envelope(stream, 1, 5);
    await send(stream, first);
    await send(stream, first);
    await send(stream, envelope(stream, 2, 1));
    await pollUntil('version 2 applied', async () =>
      (await total(stream)) === 6 ? true : undefined,
    );
    // Applying the same event straight to the projection again changes nothing either.
    const again = await projections.apply(
      totals,
      { payload: { counterId: stream, amount: 5n } } as unknown as ConsumedEvent,
      { tenantId: 'uni-a', streamId: stream, version: 1 },
    );
    expect(again).toBe(0);
    expect(await total(stream)).toBe(6);
  });

  it('retries a transient failure and then applies the event once, without dead-lettering it', async () => {
    const stream = `blip-${randomUUID()}`;
    failOnce.add(stream);
    await send(stream, envelope(stream, 1, 4));
    await pollUntil('the event applied after one retry', async () =>
      (await total(stream)) === 4 ? true : undefined,
    );
    expect(failOnce.has(stream)).toBe(false);
    const dlq = new DeadLetterQueue(suite.kafka(), await suite.db());
    const mine = (await dlq.list({ group: `${suite.id}-totals` })).filter(
      (l) => Buffer.from(l.letter.key).toString() === stream,
    );
    expect(mine).toEqual([]);
    const metrics = await metricsRegistry.getSingleMetricAsString('rapport_consumer_events_total');
    expect(metrics).toMatch(new RegExp(`group="${suite.id}-totals",outcome="processed"} [1-9]`));
  });

  it('dead-letters a poison message with its reason and goes on with the next one', async () => {
    const good = `good-${randomUUID()}`;
    await send('garbage', Buffer.from('this is not protobuf at all \u0000\u00ff'));
    await send(good, envelope(good, 1, 3));
    await pollUntil('the good message applied', async () =>
      (await total(good)) === 3 ? true : undefined,
    );

    const dlq = new DeadLetterQueue(suite.kafka(), await suite.db());
    // This very message, found by its topic and key: another letter of the group would not do.
    const poison = await pollUntil('the poison message in the DLQ', async () =>
      (await dlq.list({ group: `${suite.id}-totals` })).find(
        (l) =>
          l.letter.originalTopic === topic && Buffer.from(l.letter.key).toString() === 'garbage',
      ),
    );
    expect(['undecodable_envelope', 'invalid_envelope']).toContain(poison.letter.reason);
    expect(poison.letter.errorDetail).toMatch(/\S/);
    expect(poison.letter.attempts).toBe(0);
    // The message after it went through once: the poison one held nothing up.
    expect(handled.get(good)).toBe(1);
  });

  it('parks a stream whose event keeps failing, keeps its order, and replays it once fixed', async () => {
    const stream = `flaky-${randomUUID()}`;
    const other = `steady-${randomUUID()}`;
    failing.add(stream);
    await send(stream, envelope(stream, 1, 10));
    await send(stream, envelope(stream, 2, 20));
    await send(other, envelope(other, 1, 7));
    // Another stream is not held up by the failing one.
    await pollUntil('the other stream applied', async () =>
      (await total(other)) === 7 ? true : undefined,
    );

    const dlq = new DeadLetterQueue(suite.kafka(), await suite.db());
    const parked = await pollUntil('both events of the failing stream in the DLQ', async () => {
      const mine = (await dlq.list({ group: `${suite.id}-totals` })).filter(
        (l) => Buffer.from(l.letter.key).toString() === stream,
      );
      return mine.length === 2 ? mine : undefined;
    });
    expect(parked.map((l) => l.letter.reason)).toEqual(['handler_failed', 'stream_parked']);
    expect(parked[0]!.letter.attempts).toBe(2);
    expect(await total(stream)).toBeUndefined();

    const listed = await dlqCommand(suite.dbName, 'list', '--group', `${suite.id}-totals`);
    for (const letter of parked)
      expect(listed).toMatch(new RegExp(`${letter.id}\\s.*not replayed`));

    failing.delete(stream);
    const replayed = await dlqCommand(suite.dbName, 'replay', ...parked.map((l) => l.id));
    expect(replayed).toContain(`replayed 2: ${parked.map((l) => l.id).join(', ')}`);
    await pollUntil('the replayed stream applied in order', async () =>
      (await total(stream)) === 30 ? true : undefined,
    );
    const after = (await dlq.list({ group: `${suite.id}-totals` })).filter((l) =>
      parked.some((p) => p.id === l.id),
    );
    expect(after.every((l) => l.replayedAt instanceof Date)).toBe(true);

    // Once un-parked, the stream's next event goes straight through.
    await send(stream, envelope(stream, 3, 1));
    await pollUntil('the next event after replay', async () =>
      (await total(stream)) === 31 ? true : undefined,
    );
    // Version 1 was tried maxAttempts (2) times and version 2 parked untried; after the replay
    // each ran once, then version 3 once. The other stream ran once, untouched by the failure.
    expect(handled.get(stream)).toBe(2 + 0 + 1 + 1 + 1);
    expect(handled.get(other)).toBe(1);
  });

  it('rebuilds a projection from the event store into a fresh collection and swaps it in', async () => {
    const stream = { tenantId: 'uni-a', streamId: `rebuild-${randomUUID()}` };
    const store = new EventStore(await suite.db(), 'rebuild_events');
    await store.ensureIndexes();
    const context = {
      actor: { id: 'system', role: 'system' as const },
      occurredAt: new Date(),
      correlationId: 'rebuild',
    };
    const added = (amount: number) => ({
      eventId: randomUUID(),
      event: { type: 'Incremented', data: { amount } },
    });
    await store.append(stream, 0, [added(2), added(3)], context);
    await store.append(stream, 2, [added(4)], context);

    // The projection reads integration events; a rebuild maps the stored domain events to them.
    async function* history() {
      for await (const recorded of store.readAll<DomainEvent<'Incremented', { amount: number }>>({
        tenantId: 'uni-a',
      })) {
        if (recorded.streamId !== stream.streamId) continue;
        yield {
          event: {
            payload: { counterId: recorded.streamId, amount: BigInt(recorded.data.amount) },
          } as unknown as ConsumedEvent,
          position: {
            tenantId: recorded.tenantId,
            streamId: recorded.streamId,
            version: recorded.version,
          },
        };
      }
    }
    const before = await projections.active('counter_totals');
    const result = await projections.rebuild(totals, history);
    const after = await projections.active('counter_totals');
    expect(after.collectionName).toBe(result.collection);
    expect(after.collectionName).not.toBe(before.collectionName);
    // Every event once, though the catch-up pass read them all again.
    expect(await total(stream.streamId)).toBe(9);
    expect(result.applied).toBe(3);
  });
});
