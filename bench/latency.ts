import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { EventStore, OutboxRelay, type StreamRef } from '@rapport/eventstore';
import { projectingConsumer } from './consume';
import {
  benchContext,
  type BenchEnv,
  counterEvents,
  makeStreams,
  percentile,
  progress,
  type ResultRow,
  waitUntil,
} from './support';

const LATENCY = {
  eventsPerSecond: 500,
  seconds: 20,
  tickMs: 20,
  streams: 50,
  warmupEvents: 50,
  /** How long the pipeline may take to catch up once the offered load ends. */
  drainMs: 30_000,
  p99GoalMs: 1_000,
};

/** A stream written by one writer at a time: appends queue behind the previous one. */
interface Writer {
  ref: StreamRef;
  version: number;
  tail: Promise<void>;
}

/**
 * 5. Append → projection latency with the whole pipeline running: EventStore appends one event at a
 * time with its outbox message at a steady offered rate, OutboxRelay publishes, EventConsumer feeds
 * the counter projection. An event's latency runs from the moment its append was due to the moment
 * its projection write was acknowledged, both on this process's monotonic clock. The run is
 * bounded: events still unprojected when the drain window closes count with the time they had
 * waited by then, a lower bound, so a pipeline that cannot keep up shows as such.
 */
export async function appendToProjection(env: BenchEnv): Promise<ResultRow[]> {
  const { eventsPerSecond, seconds, tickMs, streams, warmupEvents, drainMs, p99GoalMs } = LATENCY;
  const db = await env.db('latency');
  const topic = await env.topic('latency');
  const store = new EventStore(db);
  await store.ensureIndexes();

  /** When each offered event was due, by its offer number; its latency once projected. */
  const due: number[] = [];
  const latency: (number | undefined)[] = [];
  const offerOf = new Map<string, number>();
  const appendMs: number[] = [];
  let projected = 0;
  let warmProjected = 0;
  let stopping = false;
  let failure: unknown;

  const consumer = projectingConsumer(env, db, topic, env.group('latency'), {
    onProjected: (event) => {
      const offer = offerOf.get(event.envelope.eventId);
      if (offer === undefined) {
        warmProjected += 1;
      } else if (latency[offer] === undefined) {
        latency[offer] = performance.now() - (due[offer] ?? 0);
        projected += 1;
      }
    },
  });
  const relay = new OutboxRelay({
    store,
    db,
    kafka: env.kafka,
    logger: env.logger,
    instanceId: `bench-${env.runId}-latency`,
  });

  const writers: Writer[] = makeStreams('latency', streams).map((ref) => ({
    ref,
    version: 0,
    tail: Promise.resolve(),
  }));
  // Queues one single-event append on `writer`; `offer` is undefined for warm-up events.
  const issue = (writer: Writer, offer: number | undefined): void => {
    writer.tail = writer.tail
      .then(async () => {
        if (stopping) return;
        const events = counterEvents(writer.ref, writer.version, 1, topic);
        if (offer !== undefined) for (const e of events) offerOf.set(e.eventId, offer);
        await store.append(writer.ref, writer.version, events, benchContext);
        writer.version += events.length;
        if (offer !== undefined) appendMs.push(performance.now() - (due[offer] ?? 0));
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
  };
  const settled = async (): Promise<void> => {
    await Promise.all(writers.map((w) => w.tail));
    if (failure !== undefined) throw failure;
  };

  let offered = 0;
  let appendSeconds = 0;
  let end = 0;
  await relay.start();
  await consumer.start();
  try {
    for (let i = 0; i < warmupEvents; i++) issue(writers[i % streams] as Writer, undefined);
    await settled();
    await waitUntil(
      'the warm-up events to be projected',
      () => warmProjected >= warmupEvents,
      60_000,
    );

    const perTick = (eventsPerSecond * tickMs) / 1000;
    const ticks = (seconds * 1000) / tickMs;
    const start = performance.now();
    for (let tick = 0; tick < ticks; tick++) {
      const at = start + tick * tickMs;
      const wait = at - performance.now();
      if (wait > 0) await delay(wait);
      for (let j = 0; j < perTick; j++) {
        due[offered] = at;
        issue(writers[offered % streams] as Writer, offered);
        offered += 1;
      }
    }
    const offerEnd = performance.now();
    progress(
      `latency: ${offered} appends offered; waiting up to ${drainMs / 1000} s for projection`,
    );
    await waitUntil('every event to be projected', () => projected >= offered, drainMs, 50).catch(
      () => undefined,
    );
    end = performance.now();
    // Appends still queued when the window closes are not started any more.
    stopping = true;
    await settled();
    appendSeconds = (offerEnd - start) / 1000;
  } finally {
    stopping = true;
    await consumer.stop();
    await relay.stop();
  }

  const unprojected = offered - projected;
  const all = due.map((d, i) => latency[i] ?? end - d).sort((a, b) => a - b);
  const appendsSorted = [...appendMs].sort((a, b) => a - b);
  const p50 = percentile(all, 50);
  const p99 = percentile(all, 99);
  progress(
    `latency: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, ${unprojected} unprojected`,
  );
  const common =
    `${offered} single-event appends offered at ${eventsPerSecond}/s over ${appendSeconds.toFixed(0)} s ` +
    `on ${streams} streams; ${appendMs.length} appended (append p50 ` +
    `${percentile(appendsSorted, 50).toFixed(0)} ms, p99 ${percentile(appendsSorted, 99).toFixed(0)} ms ` +
    `from due), ${projected} projected` +
    (unprojected > 0
      ? `; ${unprojected} not projected ${drainMs / 1000} s after the load ended, counted with ` +
        'their wait so far (so the percentiles are lower bounds)'
      : '');
  return [
    {
      metric: 'append → projection latency p50',
      unit: 'ms',
      value: p50,
      baseline: null,
      ratio: null,
      goal: null,
      met: true,
      notes: `informational, no goal; ${common}`,
    },
    {
      metric: 'append → projection latency p99',
      unit: 'ms',
      value: p99,
      baseline: null,
      ratio: null,
      goal: `p99 < ${p99GoalMs} ms`,
      met: unprojected === 0 && p99 < p99GoalMs,
      notes: common,
    },
  ];
}
