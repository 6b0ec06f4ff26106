import type { Kafka } from 'kafkajs';

export interface PartitionOffset {
  readonly partition: number;
  readonly offset: string;
}

/** The topic's end offset per partition: where a group that should skip its history starts. */
export async function topicEnds(kafka: Kafka, topic: string): Promise<PartitionOffset[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    return ends.map(({ partition, high }) => ({ partition, offset: high }));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Commits `offsets` for `groupId` on `topic`: joins the group, commits and leaves without reading.
 * It is what kafkajs's `admin.setOffsets` does, minus the wait: that one leaves only after its
 * consumer's first fetch on a paused topic, which lasts the fetch's whole maxWaitTime (5 s).
 * Like setOffsets, it refuses a group that has another member (a running consumer would take the
 * partitions back and commit over these offsets).
 */
export async function commitGroupOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
  offsets: readonly PartitionOffset[],
): Promise<void> {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    // `run` resolves once the group is joined; nothing read is committed (autoCommit off).
    await consumer.run({ autoCommit: false, eachMessage: () => Promise.resolve() });
    consumer.pause([{ topic }]);
    const { members } = await consumer.describeGroup();
    if (members.length > 1) {
      throw new Error(`${groupId} has ${members.length - 1} other member(s): stop them first`);
    }
    await consumer.commitOffsets(offsets.map((entry) => ({ topic, ...entry })));
  } finally {
    await consumer.disconnect();
  }
}
