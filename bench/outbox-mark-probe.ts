import { Binary, type Collection, type Db, MongoClient } from 'mongodb';
import { type EventDocument, toDocuments } from '../libs/eventstore/src/event-document';
import { benchContext, counterEvents, makeStreams } from './support';

/**
 * What a commit mark costs the embedded database against what it saves a relay (issue 13, the
 * batched-append row): per outbox entry, the mark (`updateOne` by `_id`, `$set: {committed:
 * true}`, four per bulk write as the store's groups of four appends write them) and the relay's
 * lookup of the entry's last event (`findOne` by `_id` with the `batch` projection, 25 at once as
 * a relay round sends them), on entries of 20 messages as the store writes them, of 1 message, and
 * of 20 messages packed in one Binary field (a shape the store does not write: it shows how much
 * of the mark's cost is decoding and encoding the entry's messages). Each kind runs in turn, round
 * after round, on collections of its own in a database dropped at the end.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/outbox-mark-probe.ts
 *   (or: npx tsx --tsconfig tsconfig.base.json bench/outbox-mark-probe.ts)
 */
const ENTRIES = 200;
const ROUNDS = 5;
const MARKS_PER_WRITE = 4;
const LOOKUPS_AT_ONCE = 25;

type Kind = 'mark, 20 messages' | 'mark, 1 message' | 'mark, 20 messages packed' | 'lookup';

async function entriesOf(db: Db, kind: Kind, round: number) {
  const events = kind === 'mark, 1 message' ? 1 : 20;
  const built = makeStreams(`${round}`, ENTRIES).map((stream) =>
    toDocuments(stream, 0, counterEvents(stream, 0, events, 'probe'), benchContext, new Date()),
  );
  const outbox = db.collection<{ _id: string }>(`outbox_${round}_${kind.replace(/\W+/g, '_')}`);
  await outbox.insertMany(
    built.map(({ outbox: entry }) => {
      if (!entry) throw new Error('an append with messages left no outbox entry');
      if (kind !== 'mark, 20 messages packed') return entry;
      const { messages, ...rest } = entry;
      return { ...rest, packed: new Binary(Buffer.from(JSON.stringify(messages))) };
    }),
  );
  const eventsCollection = db.collection<EventDocument>(`events_${round}`);
  if (kind === 'lookup') await eventsCollection.insertMany(built.flatMap((b) => b.events));
  return { built, outbox, events: eventsCollection };
}

async function timeMarks(outbox: Collection<{ _id: string }>, ids: readonly string[]) {
  const started = performance.now();
  for (let i = 0; i < ids.length; i += MARKS_PER_WRITE) {
    await outbox.bulkWrite(
      ids.slice(i, i + MARKS_PER_WRITE).map((_id) => ({
        updateOne: { filter: { _id }, update: { $set: { committed: true } } },
      })),
      { ordered: false },
    );
  }
  return performance.now() - started;
}

async function timeLookups(events: Collection<EventDocument>, keys: readonly string[]) {
  const started = performance.now();
  for (let i = 0; i < keys.length; i += LOOKUPS_AT_ONCE) {
    await Promise.all(
      keys
        .slice(i, i + LOOKUPS_AT_ONCE)
        .map((_id) => events.findOne({ _id }, { projection: { batch: 1 } })),
    );
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const client = await new MongoClient(
    process.env['RAPPORT_MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/',
  ).connect();
  const db = client.db(`bench_mark_probe_${Date.now()}`);
  const kinds: Kind[] = [
    'mark, 20 messages',
    'lookup',
    'mark, 1 message',
    'mark, 20 messages packed',
  ];
  const perEntry = new Map<Kind, number[]>(kinds.map((kind) => [kind, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of kinds) {
        const { built, outbox, events } = await entriesOf(db, kind, round);
        const ms =
          kind === 'lookup'
            ? await timeLookups(
                events,
                built.map((b) => b.events.at(-1)!._id),
              )
            : await timeMarks(
                outbox,
                built.map((b) => b.outbox!._id),
              );
        perEntry.get(kind)!.push(ms / ENTRIES);
      }
    }
  } finally {
    await db.dropDatabase();
    await client.close();
  }
  for (const [kind, values] of perEntry) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `${kind.padEnd(26)} ms per entry: median ${median.toFixed(2)} (rounds ${values
        .map((v) => v.toFixed(2))
        .join(', ')})`,
    );
  }
}

void main();
