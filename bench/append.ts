import type { Collection, Db } from 'mongodb';
import { type EventDocument, EventStore, type NewEvent, type StreamRef } from '@rapport/eventstore';
// The raw baselines insert exactly the documents EventStore would write, built by its own mapper.
import { toDocuments } from '../libs/eventstore/src/event-document';
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
  timed,
} from './support';

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
      events: counterEvents(stream, k * eventsPerAppend, eventsPerAppend),
    })),
  );
}

/** The event documents of a plan, as EventStore.append would write them. */
function documentsOf(plans: readonly PlannedAppend[][]): EventDocument[][][] {
  return plans.map((appends) =>
    appends.map(
      (a) => toDocuments(a.stream, a.expectedVersion, a.events, benchContext, new Date()).events,
    ),
  );
}

/** A fresh database with an events collection indexed as EventStore indexes its own. */
async function rawCollection(db: Db): Promise<Collection<EventDocument>> {
  const store = new EventStore(db);
  await store.ensureIndexes();
  return store.events;
}

async function runStore(store: EventStore, plans: PlannedAppend[][], concurrency: number) {
  await pool(plans, concurrency, async (appends) => {
    for (const a of appends)
      await store.append(a.stream, a.expectedVersion, a.events, benchContext);
  });
}

async function runRaw(
  events: Collection<EventDocument>,
  docs: EventDocument[][][],
  concurrency: number,
  write: (events: Collection<EventDocument>, batch: EventDocument[]) => Promise<unknown>,
) {
  await pool(docs, concurrency, async (batches) => {
    for (const batch of batches) await write(events, batch);
  });
}

const BATCH = { streams: 40, appendsPerStream: 5, eventsPerAppend: 20, concurrency: 4 };

/** 1. EventStore.append of 20-event batches over many streams vs insertMany of equal documents. */
export async function batchedAppend(env: BenchEnv): Promise<ResultRow> {
  const { streams, appendsPerStream, eventsPerAppend, concurrency } = BATCH;
  const total = streams * appendsPerStream * eventsPerAppend;

  const rawEvents = await rawCollection(await env.db('batch_raw'));
  const insertMany = (c: Collection<EventDocument>, batch: EventDocument[]) =>
    c.insertMany(batch, { ordered: true });
  await runRaw(rawEvents, documentsOf(plan(makeStreams('warm', 4), 2, 20)), 4, insertMany);
  const rawDocs = documentsOf(plan(makeStreams('raw', streams), appendsPerStream, eventsPerAppend));
  const rawMs = await timed(() => runRaw(rawEvents, rawDocs, concurrency, insertMany));
  progress(`batched append: raw insertMany ${perSecond(total, rawMs).toFixed(0)} events/s`);

  const store = new EventStore(await env.db('batch_lib'));
  await store.ensureIndexes();
  await runStore(store, plan(makeStreams('warm', 4), 2, 20), 4);
  const plans = plan(makeStreams('lib', streams), appendsPerStream, eventsPerAppend);
  const libMs = await timed(() => runStore(store, plans, concurrency));
  progress(`batched append: EventStore ${perSecond(total, libMs).toFixed(0)} events/s`);

  return ratioRow(
    'batched append (20 events/append)',
    'events/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.8,
    `${total} events, ${streams} streams × ${appendsPerStream} appends, ${concurrency} in flight, ` +
      'no outbox; raw = ordered insertMany of the same documents into an equally indexed collection; ' +
      `after the run ${await idLookup(store.events)}`,
  );
}

const SINGLE = { streams: 4, appendsPerStream: 400 };

/** 2. EventStore.append of one event chained on a few streams vs insertOne of equal documents. */
export async function singleAppend(env: BenchEnv): Promise<ResultRow> {
  const { streams, appendsPerStream } = SINGLE;
  const total = streams * appendsPerStream;

  const rawEvents = await rawCollection(await env.db('single_raw'));
  const insertOne = (c: Collection<EventDocument>, batch: EventDocument[]) =>
    c.insertOne(batch[0] as EventDocument);
  await runRaw(rawEvents, documentsOf(plan(makeStreams('warm', streams), 20, 1)), 4, insertOne);
  const rawDocs = documentsOf(plan(makeStreams('raw', streams), appendsPerStream, 1));
  const rawMs = await timed(() => runRaw(rawEvents, rawDocs, streams, insertOne));
  progress(`single append: raw insertOne ${perSecond(total, rawMs).toFixed(0)} ops/s`);

  const store = new EventStore(await env.db('single_lib'));
  await store.ensureIndexes();
  await runStore(store, plan(makeStreams('warm', streams), 20, 1), 4);
  const plans = plan(makeStreams('lib', streams), appendsPerStream, 1);
  const libMs = await timed(() => runStore(store, plans, streams));
  progress(`single append: EventStore ${perSecond(total, libMs).toFixed(0)} ops/s`);

  return ratioRow(
    'single append (1 event, expected version)',
    'ops/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.5,
    `${total} appends, ${streams} streams each chaining its versions (one writer per stream), ` +
      'no outbox; each append after the first also reads its predecessor by _id; after the run ' +
      (await idLookup(store.events)),
  );
}
