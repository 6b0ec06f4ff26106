import { type PartitionMetadata, Partitioners } from 'kafkajs';

/**
 * The partition the relay's messages of a stream land on, given the topic's partitions as the
 * broker describes them (admin `fetchTopicMetadata`). The relay sends with key = stream id
 * (libs/eventstore/src/relay/kafka-message.ts) from a producer built without `createPartitioner`,
 * so kafkajs's `DefaultPartitioner` (the Java client's murmur2 of the key) places them. Calling
 * the same public partitioner, rather than copying its hash, keeps this true if kafkajs changes
 * it; with a key it reads only the number of partitions, so the answer depends on nothing else.
 */
export function partitionOfStream(
  streamId: string,
  partitionMetadata: readonly PartitionMetadata[],
): number {
  const partition = Partitioners.DefaultPartitioner();
  return partition({
    topic: 'unused-with-a-key',
    partitionMetadata: [...partitionMetadata],
    message: { key: streamId, value: null },
  });
}
