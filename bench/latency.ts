import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import {
  EventStore,
  OutboxRelay,
  type OwnReadModels,
  type RecordedEvent,
  type StreamRef,
} from '@rapport/eventstore';
import { type Projection, ProjectionStore } from '@rapport/messaging';
import { MongoClient } from 'mongodb';
import { CommandCount, type StageOf } from './command-count';
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

/** The writing service's own read model: one counter document per stream. */
const ownTotals: Projection<RecordedEvent> = {
  name: 'bench_own_counter_totals',
  project: ({ streamId }) => [{ id: streamId, update: { $inc: { total: 1, events: 1 } } }],
};

/**
 * The read model declared as the store's own (`serviceModule({ readModels })` in the services):
 * every append applies it before it returns, and the relay before it publishes.
 */
function ownReadModels(projections: ProjectionStore): OwnReadModels {
  return {
    applyRecorded: async (events, options) => {
      await projections.applyAll(
        ownTotals,
        events.map((event) => ({ event, position: event })),
        undefined,
        { rememberedGuards: options?.justAppended === true },
      );
    },
  };
}

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
  /** Where the time went: each stage's throughput and its own share of the latency. */
  stages: string;
  notAppended: number;
  unprojected: number;
  offerSeconds: number;
  /** The machine's 1-minute load average as the load began and as the drain ended. */
  loadAverage: readonly [number, number];
  /** Database operations per appended event, by stage (see `CommandCount`). */
  operations: string;
}

/**
 * The writer's database serves the append (events, outbox entry, read model, head, commit mark)
 * and the relay (the outbox's reads and deletes, its leases, its lookups of events and heads);
 * the consumer's database serves the consumer alone.
 */
const stageOf: StageOf = (database, collection, command) => {
  if (database === 'consumer') return 'consumer';
  if (collection === 'relay_leases') return 'relay';
  if (collection === 'events_outbox')
    return command === 'insert' || command === 'update' ? 'append' : 'relay';
  if (collection === 'events' || collection === 'events_heads')
    return command === 'find' ? 'relay' : 'append';
  return 'append';
};

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
  // The pipeline talks through a client of its own that reports every command it sends; the
  // env's client (which names and later drops these databases) is not monitored.
  const monitored = await new MongoClient(env.servers.mongoUrl, {
    monitorCommands: true,
  }).connect();
  const db = monitored.db((await env.db(label)).databaseName);
  const foreignDb = monitored.db((await env.db(`${label}_foreign`)).databaseName);
  const operations = new CommandCount(
    monitored,
    { writer: db.databaseName, consumer: foreignDb.databaseName },
    stageOf,
  );
  const topic = await env.topic(label);
  const store = new EventStore(
    db,
    'events',
    () => new Date(),
    ownReadModels(new ProjectionStore(db)),
  );
  await store.ensureIndexes();

  /**
   * By offer number: when it was due, when its append (own read model included) returned, when
   * Kafka acknowledged it, and its latency to the foreign projection.
   */
  const due: number[] = [];
  const appended: (number | undefined)[] = [];
  const published: (number | undefined)[] = [];
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
    onPublished: (entries) => {
      const at = performance.now();
      for (const entry of entries)
        for (const message of entry.messages) {
          const offer = offerOf.get(message.eventId);
          if (offer !== undefined) published[offer] ??= at;
        }
    },
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
  let loadAtStart = 0;
  let start = 0;
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
    start = performance.now();
    loadAtStart = loadavg()[0] ?? 0;
    operations.start();
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
    operations.stop();
    // Appends still queued when the window closes are not started any more.
    stopping = true;
    await settled();
  } finally {
    stopping = true;
    await consumer.stop();
    await relay.stop();
    await monitored.close();
  }

  const counted = due.flatMap((d, i) => (appended[i] === undefined ? [] : [i]));
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const appendLatency = sorted(counted.map((i) => (appended[i] ?? end) - (due[i] ?? 0)));
  return {
    offered,
    foreign: sorted(counted.map((i) => latency[i] ?? end - (due[i] ?? 0))),
    own: appendLatency,
    appendP50: percentile(appendLatency, 50),
    appendP99: percentile(appendLatency, 99),
    stages: stageReport(start, [
      { name: 'append + own read model', from: due, to: appended },
      { name: 'relay to Kafka', from: appended, to: published },
      {
        name: 'consumer + foreign projection',
        from: published,
        to: due.map((d, i) => (latency[i] === undefined ? undefined : d + latency[i])),
      },
    ]),
    notAppended: offered - counted.length,
    unprojected: counted.filter((i) => latency[i] === undefined).length,
    offerSeconds,
    loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    operations: operations.report(counted.length),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Stage {
  name: string;
  /** By offer number: when the event entered the stage and when it left it. */
  from: readonly (number | undefined)[];
  to: readonly (number | undefined)[];
}

/**
 * Per stage: how many events per second it let through (those that left it, over the time from
 * the start of the load to the last one leaving: a stage that keeps up matches the offered rate,
 * one that does not is where a backlog grows) and the p50 / p99 of the time spent in it.
 */
function stageReport(start: number, stages: readonly Stage[]): string {
  return stages
    .map(({ name, from, to }) => {
      const left = to.flatMap((t) => (t === undefined ? [] : [t]));
      const spent = to
        .flatMap((t, i) => (t === undefined || from[i] === undefined ? [] : [t - from[i]]))
        .sort((a, b) => a - b);
      const rate = left.length / ((Math.max(...left) - start) / 1000);
      return (
        `${name} ${rate.toFixed(0)} events/s, ` +
        `p50 ${ms(percentile(spent, 50))}, p99 ${ms(percentile(spent, 99))}`
      );
    })
    .join('; ');
}

function rows(rate: (typeof RATES)[number], r: PhaseResult): ResultRow[] {
  const { eventsPerSecond, p99GoalMs } = rate;
  const p50 = percentile(r.foreign, 50);
  const p99 = percentile(r.foreign, 99);
  progress(
    `latency ${eventsPerSecond}/s: p50 ${ms(p50)}, p99 ${ms(p99)}, ` +
      `${r.notAppended} not appended, ${r.unprojected} unprojected; ${r.stages}; ${r.operations}`,
  );
  const common =
    `${r.offered} single-event appends offered at ${eventsPerSecond}/s over ` +
    `${r.offerSeconds.toFixed(0)} s on ${LATENCY.streams} streams ` +
    `(load average ${r.loadAverage[0].toFixed(1)} as the load began, ` +
    `${r.loadAverage[1].toFixed(1)} as the drain ended; 2 cores shared with other sessions); ` +
    `${r.offered - r.notAppended} appended (append p50 ${ms(r.appendP50)}, p99 ${ms(r.appendP99)} ` +
    'from due, own read model included: the store applies it before the append returns); ' +
    `stages: ${r.stages}; ${r.operations} (counted from the load's start to the drain's end); ` +
    'percentiles over the appended events only' +
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
  // `BENCH_LATENCY_RATE=500` measures that rate alone, to time one change against another.
  const only = process.env['BENCH_LATENCY_RATE'];
  const rates = only ? RATES.filter((r) => String(r.eventsPerSecond) === only) : RATES;
  if (rates.length === 0)
    throw new Error(
      `BENCH_LATENCY_RATE must be one of ${RATES.map((r) => r.eventsPerSecond).join(', ')}`,
    );
  const results: ResultRow[] = [];
  for (const rate of rates) results.push(...rows(rate, await phase(env, rate.eventsPerSecond)));
  return results;
}
