import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { type DeadLetter, DeadLetterSchema } from '@rapport/contracts';

/** Offsets `[from, to)` of one partition of the dead-letter topic. */
export interface PartitionRange {
  readonly partition: number;
  readonly from: bigint;
  readonly to: bigint;
}

export interface ReadLetter {
  readonly id: string;
  readonly letter: DeadLetter;
}

export interface ReadOutcome {
  readonly letters: ReadLetter[];
  /** Per partition, the next offset not read (the range's `to` when it was read through). */
  readonly reached: ReadonlyMap<number, bigint>;
}

/**
 * Reads the given ranges of the dead-letter topic and stops at the first of: every range read,
 * `take` letters accepted, `scanLimit` letters read, or `deadlineMs`. Kafka offers reads only through a consumer, so this
 * one joins a throwaway group (no offsets committed), seeks each partition to its range and
 * leaves. Each partition is read in order, so `reached` never skips a letter: a next call from
 * there sees exactly what this one did not.
 */
export async function readDeadLetters(
  kafka: Kafka,
  topic: string,
  ranges: readonly PartitionRange[],
  options: {
    take: number;
    scanLimit: number;
    accept: (letter: DeadLetter) => boolean;
    deadlineMs: number;
  },
): Promise<ReadOutcome> {
  const open = new Map(ranges.filter((r) => r.to > r.from).map((r) => [r.partition, r]));
  const reached = new Map(ranges.map((r) => [r.partition, r.from]));
  const letters: ReadLetter[] = [];
  if (open.size === 0) return { letters, reached };

  const consumer = kafka.consumer({
    groupId: `rapport-ops-dlq-reader-${randomUUID()}`,
    maxWaitTimeInMs: 100,
  });
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const timer = setTimeout(() => finish(), options.deadlineMs);
  let full = false;
  let scanned = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const wanted = [...open.values()];
    const take = (partition: number, message: KafkaMessage): void => {
      const range = open.get(partition);
      const offset = BigInt(message.offset);
      // Before the seek lands a fetch may start elsewhere; only the range's own offsets count.
      if (full || !range || offset < (reached.get(partition) ?? 0n) || offset >= range.to) return;
      const letter = fromBinary(DeadLetterSchema, message.value ?? new Uint8Array());
      if (options.accept(letter)) letters.push({ id: `${partition}:${message.offset}`, letter });
      reached.set(partition, offset + 1n);
      if (offset + 1n >= range.to) open.delete(partition);
      if (letters.length >= options.take || ++scanned >= options.scanLimit) full = true;
      if (full || open.size === 0) finish();
    };
    await consumer.run({
      autoCommit: false,
      eachMessage: ({ partition, message }) => Promise.resolve(take(partition, message)),
    });
    for (const range of wanted) {
      consumer.seek({ topic, partition: range.partition, offset: range.from.toString() });
    }
    const idle = ranges.filter((r) => r.to <= r.from).map((r) => r.partition);
    if (idle.length > 0) consumer.pause([{ topic, partitions: idle }]);
    await finished;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect().catch(() => undefined);
  }
  return { letters, reached };
}
