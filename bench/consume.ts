import { performance } from 'node:perf_hooks';
import type { Db } from 'mongodb';
import {
  type ConsumedEvent,
  EventConsumer,
  type Projection,
  ProjectionStore,
} from '@rapport/messaging';
import { produceRaw, rawMessages } from './relay';
import {
  type BenchEnv,
  perSecond,
  PARTITIONS,
  progress,
  type ResultRow,
  ratioRow,
  waitUntil,
} from './support';

/** Per-counter totals: one read-model document per stream, bumped once per event. */
export const counterTotals: Projection<ConsumedEvent> = {
  name: 'bench_counter_totals',
  project: (event) => {
    const { payload } = event;
    if (payload.$typeName !== 'rapport.eventstore.v1.CounterIncremented') return [];
    return [
      {
        id: payload.counterId,
        update: { $inc: { total: Number(payload.amount), events: 1 } },
      },
    ];
  },
};

/** Where a bench watches the library's consumer: as a handler begins, and once it has written. */
export interface ConsumerHooks {
  onHandling?: () => void;
  onProjected: (event: ConsumedEvent) => void;
}

/**
 * The library's consumer path: EventConsumer (decode, validate, dedupe, retry) feeding the counter
 * projection through ProjectionStore. `onProjected` runs once the projection write is acknowledged.
 */
export function projectingConsumer(
  env: BenchEnv,
  db: Db,
  topic: string,
  groupId: string,
  hooks: ConsumerHooks,
): EventConsumer {
  const projections = new ProjectionStore(db);
  return new EventConsumer({
    kafka: env.kafka,
    db,
    groupId,
    topics: [topic],
    logger: env.logger,
    handle: async (event) => {
      hooks.onHandling?.();
      await projections.apply(counterTotals, event, {
        tenantId: event.envelope.tenantId,
        streamId: event.envelope.streamId,
        version: Number(event.envelope.streamVersion),
      });
      hooks.onProjected(event);
    },
  });
}

/**
 * Times a reader over `total` messages: from the first message it is handed to the end of the
 * last one. Joining the group is left out of both sides, so the rate is the steady reading rate.
 */
class ReadClock {
  private first = 0;
  private last = 0;
  private seen = 0;
  private handlingSince = 0;
  /** Time spent inside handlers (between started() and finished()), in ms. */
  handlerMs = 0;

  constructor(private readonly total: number) {}

  started(): void {
    this.handlingSince = performance.now();
    if (this.first === 0) this.first = this.handlingSince;
  }

  finished(): void {
    const now = performance.now();
    this.handlerMs += now - this.handlingSince;
    this.seen += 1;
    if (this.seen === this.total) this.last = now;
  }

  get done(): boolean {
    return this.seen >= this.total;
  }

  get ms(): number {
    return this.last - this.first;
  }
}

/** A consumer that does nothing with what it reads: the floor kafkajs itself sets. */
async function readNoop(env: BenchEnv, topic: string, label: string, total: number) {
  const clock = new ReadClock(total);
  const consumer = env.kafka.consumer({ groupId: env.group(label), allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async () => {
        clock.started();
        clock.finished();
      },
    });
    await waitUntil(`the no-op consumer to read ${total} messages`, () => clock.done, 120_000);
  } finally {
    await consumer.disconnect();
  }
  return clock.ms;
}

/** Reads through the library's path; also returns the time spent in ProjectionStore.apply. */
async function readProjecting(env: BenchEnv, db: Db, topic: string, label: string, total: number) {
  const clock = new ReadClock(total);
  // The first handler call starts the clock: it comes after the first message's decoding and
  // deduplication, a few milliseconds the measurement leaves out once.
  const consumer = projectingConsumer(env, db, topic, env.group(label), {
    onHandling: () => clock.started(),
    onProjected: () => clock.finished(),
  });
  await consumer.start();
  try {
    await waitUntil(
      `the projecting consumer to take in ${total} events`,
      () => clock.done,
      300_000,
    );
  } finally {
    await consumer.stop();
  }
  return { ms: clock.ms, applyMs: clock.handlerMs };
}

const CONSUME = { events: 2_000, perStream: 100 };

/** 4. EventConsumer + ProjectionStore.apply vs a no-op kafkajs consumer over the same topic. */
export async function consumerProjection(env: BenchEnv): Promise<ResultRow> {
  const { events, perStream } = CONSUME;
  const warmTopic = await env.topic('consume_warm');
  await produceRaw(env, warmTopic, rawMessages(200, 20));
  const topic = await env.topic('consume');
  await produceRaw(env, topic, rawMessages(events, perStream));

  await readNoop(env, warmTopic, 'noop_warm', 200);
  const rawMs = await readNoop(env, topic, 'noop', events);
  progress(`consumer: no-op kafkajs consumer ${perSecond(events, rawMs).toFixed(0)} events/s`);

  const db = await env.db('consume');
  await readProjecting(env, db, warmTopic, 'projection_warm', 200);
  const { ms: libMs, applyMs } = await readProjecting(env, db, topic, 'projection', events);
  progress(`consumer: EventConsumer + projection ${perSecond(events, libMs).toFixed(0)} events/s`);

  return ratioRow(
    'consumer + projection',
    'events/s',
    perSecond(events, libMs),
    perSecond(events, rawMs),
    0.5,
    `${events} envelopes on ${events / perStream} streams, ${PARTITIONS} partitions; timed from ` +
      'the first message handed over to the last one done (group join excluded on both sides); ' +
      `ProjectionStore.apply took ${(applyMs / events).toFixed(1)} ms per event ` +
      `(${((100 * applyMs) / libMs).toFixed(0)}% of the time); the rest is EventConsumer's own ` +
      'work per event (stream-position write, decoding, heartbeat)',
  );
}
