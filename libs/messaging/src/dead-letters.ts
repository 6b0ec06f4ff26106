import { randomUUID } from 'node:crypto';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampDate, timestampNow } from '@bufbuild/protobuf/wkt';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Collection, Db } from 'mongodb';
import { DEAD_LETTER_TOPIC, type DeadLetter, DeadLetterSchema } from '@rapport/contracts';
import { againOnDuplicateKey, counter } from '@rapport/platform';
import { REPLAY_FOR_GROUP_HEADER } from './consumed-event';

const deadLettered = counter(
  'rapport_dead_letters_total',
  'Messages parked in the dead-letter topic',
  ['group', 'reason'],
);

export type DeadLetterReason =
  | 'undecodable_envelope'
  | 'invalid_envelope'
  | 'unknown_event_type'
  | 'invalid_payload'
  | 'handler_failed'
  | 'stream_parked';

export interface FailedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  headers: Record<string, string>;
}

/** Writes one failed message to the dead-letter topic with why it failed; never drops it. */
export async function publishDeadLetter(
  producer: Producer,
  groupId: string,
  failed: FailedMessage,
  reason: DeadLetterReason,
  detail: string,
  attempts: number,
): Promise<void> {
  const letter = create(DeadLetterSchema, {
    originalTopic: failed.topic,
    originalPartition: failed.partition,
    originalOffset: BigInt(failed.message.offset),
    key: failed.message.key ?? new Uint8Array(),
    value: failed.message.value ?? new Uint8Array(),
    headers: failed.headers,
    reason,
    errorDetail: detail.slice(0, 4000),
    consumerGroup: groupId,
    failedAt: timestampNow(),
    attempts,
  });
  await producer.send({
    topic: DEAD_LETTER_TOPIC,
    acks: -1,
    messages: [{ key: failed.message.key, value: Buffer.from(toBinary(DeadLetterSchema, letter)) }],
  });
  deadLettered.inc({ group: groupId, reason });
}

/** Names the dead letter (`partition:offset` in the dead-letter topic) a replayed message came from. */
export const REPLAY_OF_HEADER = 'rapport-replay-of';

/**
 * Sends one dead letter back to its original topic, addressed to the group that failed it (other
 * groups drop it as a duplicate). Whoever calls it decides whether a letter may go back twice.
 */
export async function sendDeadLetterBack(
  producer: Producer,
  id: string,
  letter: DeadLetter,
): Promise<void> {
  await producer.send({
    topic: letter.originalTopic,
    acks: -1,
    messages: [
      {
        key: Buffer.from(letter.key),
        value: Buffer.from(letter.value),
        headers: {
          ...letter.headers,
          [REPLAY_FOR_GROUP_HEADER]: letter.consumerGroup,
          [REPLAY_OF_HEADER]: id,
        },
      },
    ],
  });
}

export interface DeadLetterEntry {
  /** Position in the dead-letter topic: what `replay` takes. */
  readonly id: string;
  readonly letter: DeadLetter;
  readonly failedAt: Date;
  readonly replayedAt?: Date;
}

interface ReplayDocument {
  _id: string;
  replayedAt: Date;
}

/** Operators' view of the dead-letter topic: list what failed and why, replay once fixed. */
export class DeadLetterQueue {
  private readonly replays: Collection<ReplayDocument>;

  constructor(
    private readonly kafka: Kafka,
    db: Db,
    private readonly topic = DEAD_LETTER_TOPIC,
  ) {
    this.replays = db.collection<ReplayDocument>('dead_letter_replays');
  }

  /** Every dead letter (optionally of one consumer group), oldest first. */
  async list(filter: { group?: string } = {}): Promise<DeadLetterEntry[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(this.topic).finally(() => admin.disconnect());
    const remaining = new Map(
      ends.filter((p) => p.high !== p.low).map((p) => [p.partition, BigInt(p.high)]),
    );
    const entries: DeadLetterEntry[] = [];
    if (remaining.size === 0) return entries;

    // A throwaway reader: no group offsets are committed, every listing reads from the start.
    const consumer = this.kafka.consumer({ groupId: `rapport-dlq-reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      void consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const id = `${partition}:${message.offset}`;
          const letter = fromBinary(DeadLetterSchema, message.value ?? new Uint8Array());
          if (!filter.group || letter.consumerGroup === filter.group) {
            const replay = await this.replays.findOne({ _id: id });
            entries.push({
              id,
              letter,
              failedAt: letter.failedAt ? timestampDate(letter.failedAt) : new Date(0),
              ...(replay ? { replayedAt: replay.replayedAt } : {}),
            });
          }
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n))
            remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      });
    });
    await done;
    await consumer.disconnect();
    return entries.sort(
      (a, b) => a.failedAt.getTime() - b.failedAt.getTime() || a.id.localeCompare(b.id),
    );
  }

  /**
   * Sends dead letters back to their original topic, addressed to the group that failed them
   * (other groups drop them as duplicates). Returns the ids replayed, in order.
   */
  async replay(ids: readonly string[]): Promise<string[]> {
    const wanted = new Set(ids);
    const letters = (await this.list()).filter((e) => wanted.has(e.id));
    const producer: Producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      for (const { id, letter } of letters) {
        await sendDeadLetterBack(producer, id, letter);
        await againOnDuplicateKey(() =>
          this.replays.updateOne(
            { _id: id },
            { $set: { replayedAt: new Date() } },
            { upsert: true },
          ),
        );
      }
    } finally {
      await producer.disconnect();
    }
    return letters.map((e) => e.id);
  }
}
