import type { Db } from 'mongodb';
import { EventStore, type NewEvent, type StreamRef } from '@rapport/eventstore';
// The raw baselines write exactly the documents EventStore writes, built by its own mapper, so
// they follow the library when its documents change.
import { HEAD_MAX_LAG } from '../libs/eventstore/src/coalesced-heads';
import { toDocuments } from '../libs/eventstore/src/event-document';
import { headKey } from '../libs/eventstore/src/stream-heads';
import { assertSameDocuments } from './same-work';
import {
  benchContext,
  type BenchEnv,
  counterEvents,
  idLookup,
  makeStreams,
  perSecond,
  pool,
  progress,
  type ResultRow,
  ratioRow,
  scaled,
  timed,
} from './support';

/**
 * Real appends carry their integration message, so the library writes an outbox entry with each
 * one. Nothing relays in these measurements: the topic is only a name inside the entries.
 */
const OUTBOX_TOPIC = 'bench.append';

/** One planned write: a stream, the version it follows, and its events. */
interface PlannedAppend {
  stream: StreamRef;
  expectedVersion: number;
  events: NewEvent[];
}

/** Appends per stream in order; streams run `concurrency` at a time. */
function plan(streams: readonly StreamRef[], appendsPerStream: number, eventsPerAppend: number) {
  return streams.map((stream) =>
    Array.from({ length: appendsPerStream }, (_, k) => ({
      stream,
      expectedVersion: k * eventsPerAppend,
      events: counterEvents(stream, k * eventsPerAppend, eventsPerAppend, OUTBOX_TOPIC),
    })),
  );
}

type Documents = ReturnType<typeof toDocuments>;

/** Each append's documents, as EventStore.append builds them (built before the clock starts). */
function documentsOf(plans: readonly PlannedAppend[][]): Documents[][] {
  return plans.map((appends) =>
    appends.map((a) =>
      toDocuments(a.stream, a.expectedVersion, a.events, benchContext, new Date()),
    ),
  );
}

/** The collections a store on `db` writes, indexed as EventStore indexes its own. */
async function rawStore(db: Db): Promise<EventStore> {
  const store = new EventStore(db);
  await store.ensureIndexes();
  return store;
}

/**
 * What the driver must do to store one append's documents as the library leaves them: the outbox
 * entry, written committed (the library's store here has no read models and no relay in its
 * process, so it leaves its entries unmarked and a relay looks each one's last event up: see
 * `CommitMarks`; a store with read models marks them, a second write), the events in one ordered `insertMany`, and the
 * stream's head document at the new version (`_id`-keyed upsert) when the library would write it
 * with the append: once it lags `HEAD_MAX_LAG` versions behind (every 20-event append), and at a
 * stream's last append, as the library's flush does (`headDue`). It does not read the stream
 * first: checking the expected version is the library's work.
 */
async function writeRaw(target: EventStore, docs: Documents, headDue: boolean): Promise<void> {
  const last = docs.events.at(-1);
  if (!last) return;
  if (docs.outbox) await target.outbox.insertOne({ ...docs.outbox, committed: true });
  await target.events.insertMany(docs.events, { ordered: true });
  if (!headDue) return;
  await target.heads.collection.replaceOne(
    { _id: headKey(last) },
    { version: last.version },
    { upsert: true },
  );
}

/**
 * The library's appends, then its flush of the heads left behind (the store writes most heads
 * later, in bulk: `CoalescedHeads`), so the time covers every head it writes.
 */
async function runStore(store: EventStore, plans: PlannedAppend[][], concurrency: number) {
  await pool(plans, concurrency, async (appends) => {
    for (const a of appends)
      await store.append(a.stream, a.expectedVersion, a.events, benchContext);
  });
  await store.flushHeads();
}

async function runRaw(target: EventStore, docs: Documents[][], concurrency: number) {
  await pool(docs, concurrency, async (appends) => {
    let stored = 0;
    for (const [i, append] of appends.entries()) {
      const version = append.events.at(-1)?.version ?? stored;
      const headDue = version - stored >= HEAD_MAX_LAG || i === appends.length - 1;
      await writeRaw(target, append, headDue);
      if (headDue) stored = version;
    }
  });
}

interface AppendShape {
  streams: number;
  appendsPerStream: number;
  eventsPerAppend: number;
  concurrency: number;
  warmStreams: number;
  warmAppends: number;
}

/** Times the raw writes, then the library's, of equal plans on databases of their own. */
async function compare(env: BenchEnv, label: string, shape: AppendShape) {
  const { streams, appendsPerStream, eventsPerAppend, concurrency } = shape;
  const warm = () =>
    plan(makeStreams('warm', shape.warmStreams), shape.warmAppends, eventsPerAppend);

  const rawDb = await env.db(`${label}_raw`);
  const raw = await rawStore(rawDb);
  await runRaw(raw, documentsOf(warm()), concurrency);
  const rawDocs = documentsOf(plan(makeStreams('raw', streams), appendsPerStream, eventsPerAppend));
  const rawMs = await timed(() => runRaw(raw, rawDocs, concurrency));

  const libDb = await env.db(`${label}_lib`);
  const store = await rawStore(libDb);
  await runStore(store, warm(), concurrency);
  const plans = plan(makeStreams('lib', streams), appendsPerStream, eventsPerAppend);
  const libMs = await timed(() => runStore(store, plans, concurrency));

  const written = await assertSameDocuments(libDb, rawDb, label);
  return { rawMs, libMs, written, lookup: await idLookup(store.events) };
}

const BATCH = { streams: 40, appendsPerStream: 5, eventsPerAppend: 20, concurrency: 4 };

/** 1. EventStore.append of 20-event batches over many streams vs the driver writing the same. */
export async function batchedAppend(env: BenchEnv): Promise<ResultRow> {
  const shape = { ...BATCH, streams: scaled(BATCH.streams), warmStreams: 4, warmAppends: 2 };
  const { streams, appendsPerStream, eventsPerAppend, concurrency } = shape;
  const total = streams * appendsPerStream * eventsPerAppend;
  const { rawMs, libMs, written, lookup } = await compare(env, 'batch', shape);
  progress(`batched append: raw ${perSecond(total, rawMs).toFixed(0)} events/s`);
  progress(`batched append: EventStore ${perSecond(total, libMs).toFixed(0)} events/s`);

  return ratioRow(
    'batched append (20 events/append)',
    'events/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.8,
    `${total} events, ${streams} streams × ${appendsPerStream} appends, ${concurrency} in flight, ` +
      'each append with its outbox entry (one message per event); raw = per append insertOne of ' +
      'the outbox entry as committed, an ordered insertMany of the events (the documents ' +
      "EventStore's own toDocuments builds) and an upsert of the stream head (each of these " +
      `appends lags the head ${HEAD_MAX_LAG} versions or more, so the library writes it too), into equally ` +
      'indexed collections, no read, one append after the other per writer; the library ' +
      'writes the appends in flight together (group commit: outbox entries, events, read ' +
      'models and heads once per group); without read models or a relay here it writes no ' +
      'commit mark (a relay looks the entry up); ' +
      `documents after each run (warm-up included), equal on both sides: ${written}; ` +
      `after the run ${lookup}`,
  );
}

const SINGLE = { streams: 4, appendsPerStream: 400 };

/** 2. EventStore.append of one event chained on a few streams vs the driver writing the same. */
export async function singleAppend(env: BenchEnv): Promise<ResultRow> {
  const { streams } = SINGLE;
  const appendsPerStream = scaled(SINGLE.appendsPerStream);
  const shape = {
    streams,
    appendsPerStream,
    eventsPerAppend: 1,
    concurrency: streams,
    warmStreams: streams,
    warmAppends: 20,
  };
  const total = streams * appendsPerStream;
  const { rawMs, libMs, written, lookup } = await compare(env, 'single', shape);
  progress(`single append: raw ${perSecond(total, rawMs).toFixed(0)} ops/s`);
  progress(`single append: EventStore ${perSecond(total, libMs).toFixed(0)} ops/s`);

  return ratioRow(
    'single append (1 event, expected version)',
    'ops/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.5,
    `${total} appends, ${streams} streams each chaining its versions (one writer per stream), ` +
      'each with its outbox entry; raw = insertOne of the outbox entry as committed, insertMany ' +
      "of the event (EventStore's own toDocuments), upsert of the stream head every " +
      `${HEAD_MAX_LAG} versions and at a stream's last append (the library writes its head once ` +
      'it lags that far, else in a flush every 500 ms and at the end, timed), no read; the ' +
      'library also checks the expected version (by key, or from the versions it saw whole ' +
      'itself) and writes the appends of the streams in flight ' +
      'together (group commit); documents after each run (warm-up ' +
      `included), equal on both sides: ${written}; after the run ${lookup}`,
  );
}
