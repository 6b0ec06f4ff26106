import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { EventStore, OutboxRelay, type StreamRef } from '@rapport/eventstore';
import { type Projection, ProjectionStore } from '@rapport/messaging';
import { projectingConsumer } from './consume';
import {
  benchContext,
  type BenchEnv,
  counterEvents,
  infoRow,
  makeStreams,
  percentile,
  progress,
  type ResultRow,
  scaled,
  waitUntil,
} from './support';

/** The offered rates and the p99 each must stay under (issue 13, item 4). */
const RATES = [
  { eventsPerSecond: 200, p99GoalMs: 500 },
  { eventsPerSecond: 500, p99GoalMs: 1_000 },
] as const;

const LATENCY = {
  seconds: 20,
  tickMs: 20,
  streams: 50,
  warmupEvents: 50,
  /** How long the pipeline may take to catch up once the offered load ends. */
  drainMs: 30_000,
};

/** The writing service's own read model, updated right after each append (its projection hook). */
const ownTotals: Projection<{ counterId: string }> = {
  name: 'bench_own_counter_totals',
  project: ({ counterId }) => [{ id: counterId, update: { $inc: { total: 1, events: 1 } } }],
};

/** A stream written by one writer at a time: appends queue behind the previous one. */
interface Writer {
  ref: StreamRef;
  version: number;
  tail: Promise<void>;
}

interface PhaseResult {
  offered: number;
  /** Latencies (ms from due) of the appended events, to the foreign projection, ascending. */
  foreign: number[];
  /** The same events to the writer's own read model, ascending. */
  own: number[];
  appendP50: number;
  appendP99: number;
  notAppended: number;
  unprojected: number;
  offerSeconds: number;
}

/**
 * One rate: EventStore appends one event at a time with its outbox message, the writer applies its
 * own read model right after (as the services' projection hooks do), OutboxRelay publishes, and
 * another service's EventConsumer feeds its projection in a database of its own. An event's
 * latency runs from the moment its append was due to the moment the foreign projection's write was
 * acknowledged, on this process's monotonic clock. Only events actually appended are counted;
 * offered events the writers never got to are reported apart and fail the goal. Appended events
 * still unprojected when the drain window closes count with the time they had waited by then.
 */
async function phase(env: BenchEnv, eventsPerSecond: number): Promise<PhaseResult> {
  const { tickMs, streams, warmupEvents, drainMs } = LATENCY;
  const seconds = scaled(LATENCY.seconds, 3);
  const label = `latency_${eventsPerSecond}`;
  const db = await env.db(label);
  const foreignDb = await env.db(`${label}_foreign`);
  const topic = await env.topic(label);
  const store = new EventStore(db);
  await store.ensureIndexes();
  const own = new ProjectionStore(db);

  /** By offer number: when it was due, when its append and own projection were done, latency. */
  const due: number[] = [];
  const appended: (number | undefined)[] = [];
  const ownAt: (number | undefined)[] = [];
  const latency: (number | undefined)[] = [];
  const offerOf = new Map<string, number>();
  let projected = 0;
  let warmProjected = 0;
  let stopping = false;
  let failure: unknown;

  const consumer = projectingConsumer(env, foreignDb, topic, env.group(label), {
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
    instanceId: `bench-${env.runId}-${label}`,
  });

  const writers: Writer[] = makeStreams(label, streams).map((ref) => ({
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
        if (offer !== undefined) appended[offer] = performance.now();
        await own.apply(
          ownTotals,
          { counterId: writer.ref.streamId },
          { ...writer.ref, version: writer.version },
        );
        if (offer !== undefined) ownAt[offer] = performance.now();
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
  };
  const settled = async (): Promise<void> => {
    await Promise.all(writers.map((w) => w.tail));
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
  };

  let offered = 0;
  let offerSeconds = 0;
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
    offerSeconds = (performance.now() - start) / 1000;
    progress(`latency ${eventsPerSecond}/s: ${offered} appends offered; draining`);
    const appendedCount = () => appended.filter((a) => a !== undefined).length;
    await waitUntil(
      'every offered event to be appended and projected',
      () => appendedCount() === offered && projected >= offered,
      drainMs,
      50,
    ).catch(() => undefined);
    end = performance.now();
    // Appends still queued when the window closes are not started any more.
    stopping = true;
    await settled();
  } finally {
    stopping = true;
    await consumer.stop();
    await relay.stop();
  }

  const counted = due.flatMap((d, i) => (appended[i] === undefined ? [] : [i]));
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const appendLatency = sorted(counted.map((i) => (appended[i] ?? end) - (due[i] ?? 0)));
  return {
    offered,
    foreign: sorted(counted.map((i) => latency[i] ?? end - (due[i] ?? 0))),
    own: sorted(counted.flatMap((i) => (ownAt[i] === undefined ? [] : [ownAt[i] - due[i]!]))),
    appendP50: percentile(appendLatency, 50),
    appendP99: percentile(appendLatency, 99),
    notAppended: offered - counted.length,
    unprojected: counted.filter((i) => latency[i] === undefined).length,
    offerSeconds,
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function rows(rate: (typeof RATES)[number], r: PhaseResult): ResultRow[] {
  const { eventsPerSecond, p99GoalMs } = rate;
  const p50 = percentile(r.foreign, 50);
  const p99 = percentile(r.foreign, 99);
  progress(
    `latency ${eventsPerSecond}/s: p50 ${ms(p50)}, p99 ${ms(p99)}, ` +
      `${r.notAppended} not appended, ${r.unprojected} unprojected`,
  );
  const common =
    `${r.offered} single-event appends offered at ${eventsPerSecond}/s over ` +
    `${r.offerSeconds.toFixed(0)} s on ${LATENCY.streams} streams; ` +
    `${r.offered - r.notAppended} appended (append p50 ${ms(r.appendP50)}, p99 ${ms(r.appendP99)} ` +
    `from due), own read model p50 ${ms(percentile(r.own, 50))}, ` +
    `p99 ${ms(percentile(r.own, 99))} from due; percentiles over the appended events only` +
    (r.notAppended > 0
      ? `; ${r.notAppended} offered events were never appended (the writers fell behind the ` +
        'offered rate), which fails the goal'
      : '') +
    (r.unprojected > 0
      ? `; ${r.unprojected} appended events not projected ${LATENCY.drainMs / 1000} s after the ` +
        'load ended, counted with their wait so far (so the percentiles are lower bounds)'
      : '');
  // The 500/s rows keep the names of the earlier single-rate runs, so the history compares.
  const at = eventsPerSecond === 500 ? '' : ` at ${eventsPerSecond} events/s`;
  const complete = r.notAppended === 0 && r.unprojected === 0 && r.foreign.length > 0;
  return [
    infoRow(`append → projection latency p50${at}`, 'ms', p50, `informational; ${common}`),
    {
      metric: `append → projection latency p99${at}`,
      unit: 'ms',
      value: p99,
      baseline: null,
      ratio: null,
      goal: `p99 < ${p99GoalMs} ms`,
      met: complete && p99 < p99GoalMs,
      notes: common,
    },
  ];
}

/**
 * 5. Append → own read model → Kafka → foreign projection latency under a steady offered load,
 * at each rate of RATES in turn, each on fresh databases and a fresh topic.
 */
export async function appendToProjection(env: BenchEnv): Promise<ResultRow[]> {
  const results: ResultRow[] = [];
  for (const rate of RATES) results.push(...rows(rate, await phase(env, rate.eventsPerSecond)));
  return results;
}
