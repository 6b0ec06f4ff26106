import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Message } from 'kafkajs';
import type { Collection, Db } from 'mongodb';
import { encodeEnvelope, encodePayload } from '@rapport/contracts';
import { EventStore, type OutboxDocument, OutboxRelay } from '@rapport/eventstore';
import { toDocuments } from '../libs/eventstore/src/event-document';
// The relay's own encoder, so both sides send the very same records.
import { toKafkaMessage } from '../libs/eventstore/src/relay/kafka-message';
import {
  benchContext,
  type BenchEnv,
  COUNTER_TYPE,
  counterEvents,
  idLookup,
  makeStreams,
  perSecond,
  PARTITIONS,
  pool,
  progress,
  type ResultRow,
  ratioRow,
  scaled,
  timed,
  waitUntil,
} from './support';

/** OutboxRelay's default batch size: the most messages it sends in one Kafka request. */
const RELAY_BATCH = 500;
const RELAY = { streams: 40, appendsPerStream: 5, eventsPerAppend: 20 };

/** A store whose outbox holds `streams × appendsPerStream × eventsPerAppend` messages to `topic`. */
async function filledStore(
  env: BenchEnv,
  label: string,
  topic: string,
  streams: number,
  appendsPerStream: number,
  eventsPerAppend: number,
): Promise<{ store: EventStore; db: Db }> {
  const db = await env.db(label);
  const store = new EventStore(db);
  await store.ensureIndexes();
  await pool(makeStreams(label, streams), 4, async (stream) => {
    for (let k = 0; k < appendsPerStream; k++) {
      const from = k * eventsPerAppend;
      await store.append(
        stream,
        from,
        counterEvents(stream, from, eventsPerAppend, topic),
        benchContext,
      );
    }
  });
  return { store, db };
}

/** Starts a relay on `store` and resolves once its outbox is empty; the relay is then stopped. */
async function drain(
  env: BenchEnv,
  { store, db }: { store: EventStore; db: Db },
  label: string,
): Promise<number> {
  const relay = new OutboxRelay({
    store,
    db,
    kafka: env.kafka,
    logger: env.logger,
    instanceId: `bench-${env.runId}-${label}`,
    batchSize: RELAY_BATCH,
  });
  try {
    return await timed(async () => {
      await relay.start();
      // Counting would scan the whole outbox on FerretDB; asking for any one entry stops at the
      // first row, so polling stays cheap beside the relay it watches.
      await waitUntil(
        'the relay to empty the outbox',
        async () => (await store.outbox.findOne({}, { projection: { _id: 1 } })) === null,
        300_000,
        20,
      );
    });
  } finally {
    await relay.stop();
  }
}

/** Kafka messages shaped and sized like the relay's: same key, envelope fields and headers. */
export function rawMessages(count: number, perStream: number): Message[] {
  const streams = makeStreams('raw', Math.ceil(count / perStream));
  return Array.from({ length: count }, (_, i) => {
    const stream = streams[Math.floor(i / perStream)] ?? streams[0]!;
    const version = (i % perStream) + 1;
    const eventId = randomUUID();
    return {
      key: stream.streamId,
      value: Buffer.from(
        encodeEnvelope({
          eventId,
          type: COUNTER_TYPE,
          schemaVersion: 1,
          streamId: stream.streamId,
          streamVersion: BigInt(version),
          tenantId: stream.tenantId,
          actor: { id: benchContext.actor.id, role: benchContext.actor.role },
          occurredAt: timestampFromDate(benchContext.occurredAt),
          correlationId: benchContext.correlationId,
          causationId: benchContext.correlationId,
          payload: encodePayload(COUNTER_TYPE, {
            counterId: stream.streamId,
            amount: 1n,
            sequence: BigInt(version),
          }),
        }),
      ),
      headers: { 'rapport-event-type': COUNTER_TYPE, 'rapport-event-id': eventId },
    };
  });
}

/**
 * Sends `messages` to `topic` on one idempotent producer, acks=-1, `RELAY_BATCH` messages per
 * request, one request at a time (fills the consumer measurements' topics); returns the time taken.
 */
export async function produceRaw(env: BenchEnv, topic: string, messages: Message[]) {
  const producer = env.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    return await timed(async () => {
      await producer.connect();
      for (let i = 0; i < messages.length; i += RELAY_BATCH) {
        await producer.sendBatch({
          acks: -1,
          topicMessages: [{ topic, messages: messages.slice(i, i + RELAY_BATCH) }],
        });
      }
    });
  } finally {
    await producer.disconnect();
  }
}

/**
 * An outbox holding the entries the library's appends would leave, committed, written by the
 * driver in one go (untimed): the raw relay's starting point.
 */
async function filledOutbox(
  env: BenchEnv,
  label: string,
  topic: string,
): Promise<Collection<OutboxDocument>> {
  const { streams, appendsPerStream, eventsPerAppend } = RELAY;
  const store = new EventStore(await env.db(label));
  await store.ensureIndexes();
  const entries = makeStreams(label, scaled(streams)).flatMap((stream) =>
    Array.from({ length: appendsPerStream }, (_, k) => {
      const from = k * eventsPerAppend;
      const events = counterEvents(stream, from, eventsPerAppend, topic);
      const { outbox } = toDocuments(stream, from, events, benchContext, new Date());
      if (!outbox) throw new Error('an append with messages left no outbox entry');
      return { ...outbox, committed: true };
    }),
  );
  await store.outbox.insertMany(entries);
  return store.outbox;
}

/**
 * The relay's work done with the bare driver and producer: read committed outbox entries until
 * they fill one Kafka request of `RELAY_BATCH` messages, encode their envelopes, send with
 * acks=all on an idempotent producer, delete the sent entries by `_id` (one bulkWrite), until the
 * outbox is empty. No leases, ordering sort, commit checks or metrics: those are the library's.
 * Connecting is timed, as it is in the relay's measurement.
 */
async function relayRaw(env: BenchEnv, outbox: Collection<OutboxDocument>, topic: string) {
  const perRequest = Math.ceil(RELAY_BATCH / RELAY.eventsPerAppend);
  const producer = env.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    return await timed(async () => {
      await producer.connect();
      for (;;) {
        const entries = await outbox.find({}).limit(perRequest).toArray();
        if (entries.length === 0) return;
        const messages = entries.flatMap((entry) =>
          entry.messages.map((message) => toKafkaMessage(entry, message)),
        );
        await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
        await outbox.bulkWrite(
          entries.map((entry) => ({ deleteOne: { filter: { _id: entry._id } } })),
          { ordered: false },
        );
      }
    });
  } finally {
    await producer.disconnect();
  }
}

/** 3. OutboxRelay draining a pre-filled outbox vs the driver and a producer doing the same. */
export async function relayThroughput(env: BenchEnv): Promise<ResultRow> {
  const { appendsPerStream, eventsPerAppend } = RELAY;
  const streams = scaled(RELAY.streams);
  const total = streams * appendsPerStream * eventsPerAppend;

  const warmTopic = await env.topic('relay_warm');
  await relayRaw(env, await filledOutbox(env, 'relay_raw_warm', warmTopic), warmTopic);
  const rawTopic = await env.topic('relay_raw');
  const rawOutbox = await filledOutbox(env, 'relay_raw', rawTopic);
  const rawMs = await relayRaw(env, rawOutbox, rawTopic);
  progress(`relay: raw driver + producer ${perSecond(total, rawMs).toFixed(0)} events/s`);

  await drain(env, await filledStore(env, 'relay_warm', warmTopic, 5, 2, eventsPerAppend), 'warm');
  const libTopic = await env.topic('relay_lib');
  const filled = await filledStore(
    env,
    'relay_lib',
    libTopic,
    streams,
    appendsPerStream,
    eventsPerAppend,
  );
  const libMs = await drain(env, filled, 'lib');
  const lookup = await idLookup(filled.store.events);
  progress(`relay: OutboxRelay ${perSecond(total, libMs).toFixed(0)} events/s`);
  const [rawSent, libSent] = await Promise.all([
    topicMessages(env, rawTopic),
    topicMessages(env, libTopic),
  ]);
  if (rawSent !== total || libSent < total)
    throw new Error(`sent ${rawSent} raw and ${libSent} by the relay; expected ${total} each`);

  return ratioRow(
    'relay throughput',
    'events/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.7,
    `${total} events pre-appended 20 per append (${total / eventsPerAppend} outbox entries), ` +
      `${RELAY_BATCH} per Kafka request, acks=-1, ${PARTITIONS} partitions; timed from start() (leases, ` +
      'connect) until the outbox is empty; the entries are unmarked (a store without read ' +
      "models and no relay in its process writes no commit mark), so the relay looks each one's " +
      'last event up by key; raw = the same outbox entries, written committed, read ' +
      `${Math.ceil(RELAY_BATCH / eventsPerAppend)} at a time with find().limit(), envelopes ` +
      'encoded as the relay encodes them, sent on an idempotent producer with acks=-1 in the same ' +
      'batches, then deleted by _id in one bulkWrite, connect timed; each topic holds exactly the ' +
      `events sent (relay: ${libSent}); for scale, findOne({_id}) on the events: ${lookup}`,
  );
}

/** Messages on `topic`: the sum over partitions of the high-water marks. */
async function topicMessages(env: BenchEnv, topic: string): Promise<number> {
  const admin = env.kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}
