import { type Consumer, type EachMessagePayload, Kafka, logLevel } from 'kafkajs';
import { isolateSuite } from '../isolation';
import { pollUntil } from '../poll';
import { testServers } from '../servers';

// Proves the local Kafka really works from kafkajs: topic admin, idempotent acks=all producer,
// consumer groups with committed offsets that survive a consumer restart.
describe('Kafka (real broker) from kafkajs', () => {
  const suite = isolateSuite('kafka-smoke');
  const kafka = suite.kafka();
  const topic = suite.topic('greetings');
  const groupId = `${suite.id}-group`;

  afterAll(() => suite.cleanup());

  async function readGroup(expected: number): Promise<{ consumer: Consumer; seen: string[] }> {
    const seen: string[] = [];
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // Its disconnect waits out the fetch in flight: kafkajs's idle 5 s by default.
      maxWaitTimeInMs: 250,
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message, partition }: EachMessagePayload) => {
        seen.push(message.value?.toString() ?? '');
        await consumer.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
    await pollUntil(`${expected} messages`, () => (seen.length >= expected ? true : undefined));
    return { consumer, seen };
  }

  it('creates a topic with the admin client', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await expect(
        admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true }),
      ).resolves.toBe(true);
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(metadata.topics[0]?.partitions).toHaveLength(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('produces idempotently, consumes in a group and resumes from the committed offset', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const send = (values: string[]) =>
      producer.send({
        topic,
        acks: -1,
        messages: values.map((value) => ({ key: 'stream-1', value })),
      });
    try {
      const first = await send(['a1', 'a2', 'a3']);
      expect(first[0]?.errorCode).toBe(0);

      const run1 = await readGroup(3);
      await run1.consumer.disconnect();
      expect(run1.seen).toEqual(['a1', 'a2', 'a3']);

      await send(['b1', 'b2']);
      // A new consumer in the same group starts after the committed offset, not from the beginning.
      const run2 = await readGroup(2);
      await run2.consumer.disconnect();
      expect(run2.seen).toEqual(['b1', 'b2']);

      const admin = kafka.admin();
      await admin.connect();
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      await admin.disconnect();
      expect(committed?.partitions[0]?.offset).toBe('5');
    } finally {
      await producer.disconnect();
    }
  });

  it('refuses to produce to a topic that was never created', async () => {
    // The broker's refusal is the expected outcome here, so this client does not log it as an error.
    const quiet = new Kafka({ brokers: testServers().kafkaBrokers, logLevel: logLevel.NOTHING });
    const producer = quiet.producer({ retry: { retries: 1 } });
    await producer.connect();
    try {
      await expect(
        producer.send({
          topic: suite.topic('never-created'),
          acks: -1,
          messages: [{ value: 'x' }],
        }),
      ).rejects.toThrow();
    } finally {
      await producer.disconnect();
    }
  });
});
