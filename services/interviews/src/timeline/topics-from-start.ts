import type { Kafka } from 'kafkajs';
import { decodeEnvelope, decodePayload } from '@rapport/contracts';
import type { ConsumedEvent } from '@rapport/messaging';

/** Events held in memory before Kafka is asked for more: the rebuild writes them meanwhile. */
const HIGH_WATER = 2_000;

/**
 * Every event on `topics` from the start of the log up to where it ends now, in partition order,
 * for a rebuild: a consumer group of its own (deleted afterwards) reads until each partition's
 * end offset at the start. Messages that do not decode are passed over: the live consumer
 * dead-lettered them already.
 */
export async function* eventsFromStart(
  kafka: Kafka,
  topics: readonly string[],
  groupId: string,
): AsyncGenerator<ConsumedEvent> {
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<string, bigint>();
  for (const topic of topics)
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
      if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high) - 1n);
  const consumer = kafka.consumer({ groupId });
  const queue: ConsumedEvent[] = [];
  let wake: () => void = () => undefined;
  let drained: () => void = () => undefined;
  let failure: Error | undefined;
  try {
    if (remaining.size === 0) return;
    await consumer.connect();
    // kafkajs reports a consumer that gave up as an event, not as a rejected promise.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      failure = payload.error;
      wake();
    });
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const key = `${topic}/${partition}`;
        const last = remaining.get(key);
        if (last === undefined || BigInt(message.offset) > last) return;
        if (BigInt(message.offset) === last) remaining.delete(key);
        const event = decoded(topic, partition, message.offset, message.value);
        if (event) queue.push(event);
        wake();
        if (queue.length >= HIGH_WATER) await new Promise<void>((resolve) => (drained = resolve));
      },
    });
    for (;;) {
      if (failure) throw failure;
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      drained();
      if (remaining.size === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    drained();
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

function decoded(
  topic: string,
  partition: number,
  offset: string,
  value: Buffer | null,
): ConsumedEvent | undefined {
  try {
    const envelope = decodeEnvelope(value ?? new Uint8Array());
    const payload = decodePayload(envelope.type, envelope.payload);
    return { envelope, payload, topic, partition, offset, headers: {} };
  } catch {
    return undefined;
  }
}
