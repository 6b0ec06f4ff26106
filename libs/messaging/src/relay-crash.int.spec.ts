import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type CounterIncremented, encodePayload } from '@rapport/contracts';
import { EventStore, type NewEvent } from '@rapport/eventstore';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, repoRoot, testServers } from '@rapport/testing';
import type { ConsumedEvent } from './consumed-event';
import { EventConsumer } from './event-consumer';
import { type Projection, ProjectionStore } from './projection';
import { ensureTopics } from './topics-admin';

const STREAMS = 100;
const EVENTS_PER_STREAM = 100;
const EVENTS_PER_APPEND = 20;
const TOTAL = STREAMS * EVENTS_PER_STREAM;

const totals: Projection<ConsumedEvent> = {
  name: 'crash_totals',
  project: (event) => {
    const payload = event.payload as CounterIncremented;
    return [
      { id: payload.counterId, update: { $inc: { total: Number(payload.amount), events: 1 } } },
    ];
  },
};

// The outbox under the worst kind of stop: the relay process is SIGKILLed mid-publish, restarted,
// and still every event reaches Kafka in stream order, and a projection fed through the consumer
// runtime ends up equal to a fold of the event store.
describe('relay killed with SIGKILL while publishing 10,000 events', () => {
  const suite = isolateSuite('relay-crash');
  const topic = suite.topic('counters');
  const servers = testServers();
  let relayProcess: ChildProcess | undefined;

  function startRelay(): ChildProcess {
    // node itself runs the relay (tsx only as a loader), so the SIGKILL hits the relay process
    // and not a wrapper that would leave it running.
    const child = spawn(
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
          RAPPORT_RELAY_INSTANCE: 'crash-test-relay',
        },
      },
    );
    relayProcess = child;
    return child;
  }

  afterAll(async () => {
    relayProcess?.kill('SIGKILL');
    await suite.cleanup();
  });

  it('publishes everything in order after a restart, and the projection equals the fold', async () => {
    const db = await suite.db();
    const store = new EventStore(db);
    await store.ensureIndexes();
    await ensureTopics(suite.kafka(), [topic], 3);

    const context = {
      actor: { id: 'system', role: 'system' as const },
      occurredAt: new Date(),
      correlationId: 'crash',
    };
    const streams = Array.from({ length: STREAMS }, (_, i) => ({
      tenantId: 'uni-a',
      streamId: `counter-${i}-${randomUUID()}`,
    }));
    for (let from = 0; from < EVENTS_PER_STREAM; from += EVENTS_PER_APPEND) {
      await Promise.all(
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
    }
    const pending = async () =>
      (await store.outbox.find().toArray()).reduce((n, entry) => n + entry.messages.length, 0);
    expect(await pending()).toBe(TOTAL);

    const first = startRelay();
    await pollUntil(
      'the relay to be part-way through',
      async () => (TOTAL - (await pending()) >= 1_000 ? true : undefined),
      { timeoutMs: 120_000, intervalMs: 20 },
    );
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(() => process.kill(first.pid!, 0)).toThrow();
    const leftBehind = await pending();
    expect(leftBehind).toBeGreaterThan(0);

    startRelay();
    await pollUntil(
      'the restarted relay to drain the outbox',
      async () => ((await store.outbox.countDocuments()) === 0 ? true : undefined),
      { timeoutMs: 300_000, intervalMs: 200 },
    );
    const second = relayProcess!;
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    // Consume everything through the consumer runtime into a projection, on its batch path (as
    // the services' read models are kept): the admission by stream version is the same as one
    // event at a time, and 10,000 single writes took a minute of this spec on the shared machine.
    const projections = new ProjectionStore(db);
    const consumer = new EventConsumer({
      kafka: suite.kafka(),
      db,
      groupId: `${suite.id}-totals`,
      topics: [topic],
      logger: createLogger('crash-test', 'error'),
      projections: [totals],
      // Its stop waits out an idle fetch: 5 s at kafkajs's default, for nothing here.
      timings: { maxWaitTimeInMs: 250 },
    });
    await consumer.start();
    const view = await projections.active('crash_totals');
    // Versions are applied only in increasing order per stream, so a stream reaches 100 applied
    // events only if all 100 arrived and none overtook an earlier one.
    try {
      await pollUntil(
        'the projection to take in every stream',
        async () =>
          (await view.countDocuments({ events: EVENTS_PER_STREAM })) === STREAMS ? true : undefined,
        { timeoutMs: 600_000, intervalMs: 500 },
      );
    } finally {
      await consumer.stop();
    }

    // The fold of the event store, computed independently of Kafka.
    const fold = new Map<string, number>();
    for await (const event of store.readAll({ tenantId: 'uni-a' })) {
      fold.set(event.streamId, (fold.get(event.streamId) ?? 0) + 1);
    }
    const projected = new Map(
      (await view.find().toArray()).map((d) => [d._id, d['total'] as number]),
    );
    expect(projected).toEqual(fold);
    expect([...fold.values()].every((n) => n === EVENTS_PER_STREAM)).toBe(true);
  }, 900_000);
});
