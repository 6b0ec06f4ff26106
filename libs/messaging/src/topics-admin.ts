import type { Kafka } from 'kafkajs';

/**
 * Creates the topics that do not exist yet (the broker does not auto-create them). Idempotent.
 * Partitions: streams are spread over them by key, and order is per stream.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  numPartitions = 6,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
