import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Message } from 'kafkajs';
import type { Db } from 'mongodb';
import { encodeEnvelope, encodePayload } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
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
 * Sends `messages` to `topic` as a relay would without its bookkeeping: one idempotent producer,
 * acks=-1, `RELAY_BATCH` messages per request, one request at a time. Connecting is timed too,
 * as it is in the relay's measurement.
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

/** 3. OutboxRelay draining a pre-filled outbox vs a bare idempotent producer sending the same. */
export async function relayThroughput(env: BenchEnv): Promise<ResultRow> {
  const { streams, appendsPerStream, eventsPerAppend } = RELAY;
  const total = streams * appendsPerStream * eventsPerAppend;

  const warmTopic = await env.topic('relay_warm');
  await produceRaw(env, warmTopic, rawMessages(1_000, eventsPerAppend));
  const rawTopic = await env.topic('relay_raw');
  const rawMs = await produceRaw(
    env,
    rawTopic,
    rawMessages(total, appendsPerStream * eventsPerAppend),
  );
  progress(`relay: raw producer ${perSecond(total, rawMs).toFixed(0)} events/s`);

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

  return ratioRow(
    'relay throughput',
    'events/s',
    perSecond(total, libMs),
    perSecond(total, rawMs),
    0.7,
    `${total} events pre-appended 20 per append (${total / eventsPerAppend} outbox entries), ` +
      `${RELAY_BATCH} per Kafka request, acks=-1, ${PARTITIONS} partitions; timed from start() (leases, ` +
      'connect) until the outbox is empty; raw = idempotent producer, same sizes, connect timed; ' +
      'the relay reads and deletes outbox entries (small collection) and reads the event ' +
      `collection only for uncommitted entries; for scale, findOne({_id}) on the events: ${lookup}`,
  );
}
