import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  DEAD_LETTER_TOPIC,
  encodeEnvelope,
  encodePayload,
  type EventInit,
  type EventTypeName,
} from '@rapport/contracts';
import { pollUntil } from './poll';
import type { SuiteIsolation } from './isolation';

export interface PublishOptions {
  readonly eventId?: string;
  readonly tenantId?: string;
  /** The stream (and message key); one stream per event unless given. */
  readonly streamId?: string;
  /**
   * The message key when it is not the stream: a marker sent with another stream's key lands in
   * that stream's partition, behind it, however many partitions the topic has.
   */
  readonly key?: string;
  readonly version?: bigint;
  readonly occurredAt?: Date;
  readonly actor?: { id: string; role: string };
  readonly headers?: Record<string, string>;
}

/** Something a spec starts and must stop: a consumer, a bridge. */
export interface Startable {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What a consumer spec needs around the consumer under test: the suite's own topics (one
 * partition each, so order across streams is the order of sending), the dead-letter topic, a
 * producer that publishes events as other contexts do, consumer groups of its own, and markers.
 */
export interface ConsumerSpec {
  /** A consumer group no other suite or test run uses. */
  groupId(name: string): string;
  /** Publishes one event in its Envelope; returns the event and stream ids. */
  publish<T extends EventTypeName>(
    topic: string,
    type: T,
    payload: EventInit<T>,
    options?: PublishOptions,
  ): Promise<{ eventId: string; streamId: string }>;
  /** Sends bytes as they are (poison messages, redeliveries of an exact message). */
  send(topic: string, key: string, value: Buffer, headers?: Record<string, string>): Promise<void>;
  /**
   * Sends a marker and waits until the consumer shows it handled it: with one partition, every
   * message sent before it has been handled too, so a spec can then assert that nothing happened.
   */
  passMarker<M>(
    send: () => Promise<M>,
    handled: (marker: M) => Promise<boolean>,
    timeoutMs?: number,
  ): Promise<void>;
  /** Starts a consumer that `close()` stops. */
  start<C extends Startable>(consumer: C): Promise<C>;
  close(): Promise<void>;
}

export async function startConsumerSpec(
  suite: SuiteIsolation,
  topics: readonly string[],
): Promise<ConsumerSpec> {
  const kafka = suite.kafka();
  await createTopics(suite, [...topics, DEAD_LETTER_TOPIC]);
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started: Startable[] = [];

  const send = async (
    topic: string,
    key: string,
    value: Buffer,
    headers?: Record<string, string>,
  ) => {
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key, value, ...(headers && { headers }) }],
    });
  };

  return {
    groupId: (name) => `${suite.id}-${name}`,
    async publish(topic, type, payload, options = {}) {
      const eventId = options.eventId ?? randomUUID();
      const streamId = options.streamId ?? `${type}:${eventId}`;
      const value = encodeEnvelope({
        eventId,
        type,
        schemaVersion: 1,
        streamId,
        streamVersion: options.version ?? 1n,
        tenantId: options.tenantId ?? 'uni-a',
        actor: options.actor ?? { id: 'system', role: 'system' },
        occurredAt: timestampFromDate(options.occurredAt ?? new Date()),
        correlationId: `corr-${eventId}`,
        causationId: `corr-${eventId}`,
        payload: encodePayload(type, payload),
      });
      await send(topic, options.key ?? streamId, Buffer.from(value), options.headers);
      return { eventId, streamId };
    },
    send,
    async passMarker(sendMarker, handled, timeoutMs = 45_000) {
      const marker = await sendMarker();
      await pollUntil(
        'the marker handled',
        async () => ((await handled(marker)) ? true : undefined),
        {
          timeoutMs,
        },
      );
    },
    async start(consumer) {
      await consumer.start();
      started.push(consumer);
      return consumer;
    },
    async close() {
      // All at once: a kafkajs consumer's stop waits out its fetch in flight (up to 5 s when
      // idle), so stopping one after another cost that much per consumer. They share nothing.
      await Promise.all(started.map((consumer) => consumer.stop()));
      await producer.disconnect();
    },
  };
}

/**
 * The suite's topics with one partition each, and the shared dead-letter topic. (The services
 * create theirs with `ensureTopics` from messaging, which this library cannot import: messaging's
 * own specs use this one.)
 */
async function createTopics(suite: SuiteIsolation, topics: readonly string[]): Promise<void> {
  const admin = suite.kafka().admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((t) => !existing.has(t));
    if (missing.length > 0)
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: 1 })),
      });
  } finally {
    await admin.disconnect();
  }
}
