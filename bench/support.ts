import type { SuiteIsolation } from '@rapport/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { type Collection, type Db, MongoClient } from 'mongodb';
import { encodePayload } from '@rapport/contracts';
import type { AppendContext, EventDocument, NewEvent, StreamRef } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger, type Logger } from '@rapport/platform';
import { testServers, type TestServers } from '@rapport/testing';

/** The protobuf event every measurement appends, publishes and projects. */
export const COUNTER_TYPE = 'rapport.eventstore.v1.CounterIncremented';

/** Partitions of every bench topic: a few, like the services' topics on one broker. */
export const PARTITIONS = 3;

/** One row of the results: a library measurement beside its raw baseline from the same run. */
export interface ResultRow {
  metric: string;
  unit: string;
  value: number;
  baseline: number | null;
  /**
   * The library's efficiency next to the baseline's, the same way round in every row: value /
   * baseline for rates, baseline / value for costs such as durations and memory (see
   * `speedRatio`); null when there is no baseline.
   */
  ratio: number | null;
  /** Human-readable target, e.g. "ratio ≥ 0.8"; null when the row only informs. */
  goal: string | null;
  /** Whether the goal was reached; null when there is no goal (nothing to meet). */
  met: boolean | null;
  notes: string;
}

/**
 * How fast (or lean) the library path is next to its baseline doing the same work: 1 means no
 * overhead, 0.5 means half the driver's speed. Rates (the larger the better) compare as
 * library / raw; costs (durations, memory: the smaller the better) as raw / library, so every
 * ratio in the results reads the same way.
 */
export function speedRatio(kind: 'rate' | 'cost', value: number, baseline: number): number | null {
  if (!(value > 0) || !(baseline > 0)) return null;
  return kind === 'rate' ? value / baseline : baseline / value;
}

/** A row that only informs: no goal, so nothing is "met". */
export function infoRow(metric: string, unit: string, value: number, notes: string): ResultRow {
  return { metric, unit, value, baseline: null, ratio: null, goal: null, met: null, notes };
}

/**
 * A size of a measurement scaled by `BENCH_SCALE` (default 1): `BENCH_SCALE=0.1` runs every
 * measurement at a tenth of its size, to check that the bench works without a full run.
 */
export function scaled(size: number, minimum = 1): number {
  const raw = process.env['BENCH_SCALE'];
  const factor = raw ? Number(raw) : 1;
  if (!(factor > 0)) throw new Error('BENCH_SCALE must be a positive number');
  return Math.max(minimum, Math.round(size * factor));
}

/** A positive whole number from the environment, or `fallback`. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** A throughput row whose goal is a minimum ratio to the baseline. */
export function ratioRow(
  metric: string,
  unit: string,
  value: number,
  baseline: number,
  minRatio: number,
  notes: string,
): ResultRow {
  const ratio = speedRatio('rate', value, baseline) ?? 0;
  return {
    metric,
    unit,
    value,
    baseline,
    ratio,
    goal: `ratio ≥ ${minRatio}`,
    met: ratio >= minRatio,
    notes,
  };
}

/**
 * Everything one bench run creates on the shared servers: databases `bench_<run>_<label>`, topics
 * `bench.<run>.<label>` and consumer groups `bench-<run>-<label>`. `close()` removes all of them,
 * so the servers are left as they were found.
 */
export class BenchEnv {
  readonly runId = randomBytes(3).toString('hex');
  readonly servers: TestServers = testServers();
  readonly kafka: Kafka;
  /** Library components log only real trouble; the bench prints its own progress. */
  readonly logger: Logger = createLogger('bench', 'error');
  private mongo: MongoClient | undefined;
  private readonly dbNames = new Set<string>();
  private readonly topicNames = new Set<string>();
  private readonly groupIds = new Set<string>();

  constructor() {
    this.kafka = new Kafka({
      clientId: `bench-${this.runId}`,
      brokers: this.servers.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
  }

  async db(label: string): Promise<Db> {
    this.mongo ??= await new MongoClient(this.servers.mongoUrl).connect();
    const name = `bench_${this.runId}_${label}`;
    this.dbNames.add(name);
    return this.mongo.db(name);
  }

  /** A fresh topic, created before it is handed out (the broker does not auto-create). */
  async topic(label: string): Promise<string> {
    const name = `bench.${this.runId}.${label}`;
    this.topicNames.add(name);
    await ensureTopics(this.kafka, [name], PARTITIONS);
    return name;
  }

  group(label: string): string {
    const id = `bench-${this.runId}-${label}`;
    this.groupIds.add(id);
    return id;
  }

  /** Drops what this run created; returns the problems met (an empty list when all went). */
  async close(): Promise<string[]> {
    const problems: string[] = [];
    const attempt = async (what: string, work: () => Promise<unknown>): Promise<void> => {
      try {
        await work();
      } catch (error) {
        problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    const mongo = this.mongo;
    if (mongo) {
      for (const name of this.dbNames) {
        await attempt(`drop database ${name}`, () => mongo.db(name).dropDatabase());
      }
      await attempt('close MongoDB client', () => mongo.close());
    }
    if (this.topicNames.size > 0 || this.groupIds.size > 0) {
      const admin = this.kafka.admin();
      await attempt('connect Kafka admin', () => admin.connect());
      const existing = new Set(await admin.listTopics().catch(() => []));
      const topics = [...this.topicNames].filter((t) => existing.has(t));
      if (topics.length > 0) {
        await attempt(`delete topics ${topics.join(', ')}`, () => admin.deleteTopics({ topics }));
      }
      const known = new Set((await admin.listGroups().catch(() => ({ groups: [] }))).groups);
      const groups = [...this.groupIds].filter((g) => [...known].some((k) => k.groupId === g));
      if (groups.length > 0) {
        await attempt(`delete groups ${groups.join(', ')}`, () => deleteGroups(admin, groups));
      }
      await admin.disconnect();
    }
    return problems;
  }
}

/**
 * Deletes consumer groups, retrying a few times: a consumer that just left may keep its group
 * non-empty for a moment. A group the broker already forgot (it had no committed offsets) counts
 * as deleted. kafkajs reports per-group causes in the error's `groups`.
 */
async function deleteGroups(admin: Admin, groupIds: string[]): Promise<void> {
  let remaining = groupIds;
  for (let attempt = 1; remaining.length > 0; attempt++) {
    try {
      await admin.deleteGroups(remaining);
      return;
    } catch (error) {
      const reported = (error as { groups?: GroupFailure[] }).groups;
      // Without per-group causes nothing is known to be gone: all are tried again.
      const all: GroupFailure[] = reported ?? remaining.map((groupId) => ({ groupId }));
      const failed = all.filter((g) => g.error?.type !== 'GROUP_ID_NOT_FOUND');
      remaining = failed.map((g) => g.groupId);
      if (remaining.length > 0 && attempt >= 5) {
        const causes = failed.map((g) => `${g.groupId}: ${g.error?.message ?? 'unknown'}`);
        throw new Error(
          `${error instanceof Error ? error.message : String(error)} (${causes.join('; ')})`,
        );
      }
      if (remaining.length > 0) await delay(1_000);
    }
  }
}

interface GroupFailure {
  groupId: string;
  error?: { type?: string; message: string };
}

/** The context every bench append carries. */
export const benchContext: AppendContext = {
  actor: { id: 'bench', role: 'system' },
  occurredAt: new Date(),
  correlationId: 'bench',
};

/** `count` fresh streams of one tenant, named after the measurement. */
export function makeStreams(label: string, count: number): StreamRef[] {
  return Array.from({ length: count }, (_, i) => ({
    tenantId: 'bench-tenant',
    streamId: `${label}-${i}-${randomUUID().slice(0, 8)}`,
  }));
}

/**
 * `count` counter events for `stream`, numbered after `fromVersion`; with `topic`, each also
 * carries its integration message for the outbox.
 */
export function counterEvents(
  stream: StreamRef,
  fromVersion: number,
  count: number,
  topic?: string,
): NewEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const sequence = fromVersion + i + 1;
    const event: NewEvent = {
      eventId: randomUUID(),
      event: {
        type: 'CounterIncremented',
        data: { counterId: stream.streamId, amount: 1, sequence },
      },
    };
    if (!topic) return event;
    return {
      ...event,
      outbox: {
        topic,
        type: COUNTER_TYPE,
        schemaVersion: 1,
        payload: encodePayload(COUNTER_TYPE, {
          counterId: stream.streamId,
          amount: 1n,
          sequence: BigInt(sequence),
        }),
      },
    };
  });
}

/** Runs `work` over `items` with at most `concurrency` in flight; the first failure rejects. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * How long a lookup by `_id` takes on `collection` as it stands, and the server's plan for it.
 * The key is absent, so the server reads every candidate: what reading the newest event costs
 * when rows are read in insertion order. On FerretDB's SQLite handler a plan of "SCAN" means every
 * document is read. This explains results; it is not a measurement of its own.
 */
export async function idLookup(collection: Collection<EventDocument>): Promise<string> {
  const count = await collection.estimatedDocumentCount();
  const key = '~not-there';
  const ms = await timed(async () => {
    for (let i = 0; i < 5; i++)
      await collection.findOne({ _id: key }, { projection: { batch: 1 } });
  });
  const explained = JSON.stringify(await collection.find({ _id: key }).explain());
  const plan = /(SCAN|SEARCH)[^"]*/.exec(explained)?.[0] ?? 'plan not reported';
  return `findOne({_id}) over its ${count} documents takes ${(ms / 5).toFixed(1)} ms (plan: ${plan})`;
}

/** Milliseconds `work` took, by the monotonic clock. */
export async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Polls `done` every `intervalMs` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitUntil(
  what: string,
  done: () => Promise<boolean> | boolean,
  timeoutMs: number,
  intervalMs = 10,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await delay(intervalMs);
  }
}

/** Nearest-rank percentile of ascending `sorted` values (p in 0..100); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] as number;
}

/** Per-second rate of `count` items over `ms` milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** A test suite's isolation over the bench's own database and Kafka, for the services' test apps. */
export function benchIsolation(env: BenchEnv, label: string): SuiteIsolation {
  return {
    id: `bench-${env.runId}-${label}`,
    dbName: `bench_${env.runId}_${label}`,
    taskQueue: `bench-${env.runId}-${label}`,
    topic: (name) => `bench.${env.runId}.${label}.${name}`,
    workflowId: (name) => `bench-${env.runId}-${name}`,
    db: () => env.db(label),
    kafka: () => env.kafka,
    cleanup: () => Promise.resolve(),
  };
}
