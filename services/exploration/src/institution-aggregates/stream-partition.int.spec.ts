import { ensureTopics } from '@rapport/messaging';
import { isolateSuite } from '@rapport/testing';
import { partitionOfStream } from './stream-partition';

/**
 * The rebuild puts each goal's counts in the shard of the partition its events are published to,
 * without asking Kafka where they went: so the computed partition must be where a real message
 * with that key lands, sent by a producer configured as the relay's.
 */
describe('the partition of a stream', () => {
  const suite = isolateSuite('stream-partition');
  const topic = suite.topic('goals');
  afterAll(() => suite.cleanup());

  it('is where the broker puts a message keyed by the stream id', async () => {
    const kafka = suite.kafka();
    await ensureTopics(kafka, [topic], 6);
    const admin = kafka.admin();
    await admin.connect();
    const { topics } = await admin
      .fetchTopicMetadata({ topics: [topic] })
      .finally(() => admin.disconnect());
    const partitions = topics[0]!.partitions;
    expect(partitions).toHaveLength(6);

    // As the relay builds its producer (libs/eventstore/src/relay/outbox-relay.ts).
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const streamIds = Array.from({ length: 24 }, (_, n) => `goal:m-${n}:g-${n % 5}`);
    try {
      // One send per key, so each answer names the partition of exactly that message.
      for (const key of streamIds) {
        const [landed] = await producer.send({ topic, messages: [{ key, value: 'x' }] });
        expect({ key, partition: partitionOfStream(key, partitions) }).toEqual({
          key,
          partition: landed!.partition,
        });
      }
    } finally {
      await producer.disconnect();
    }
    // Keys spread over several partitions, so the check above could have failed.
    expect(
      new Set(streamIds.map((key) => partitionOfStream(key, partitions))).size,
    ).toBeGreaterThan(2);
  });
});
