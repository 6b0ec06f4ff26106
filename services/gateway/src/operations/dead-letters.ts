import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { DEAD_LETTER_TOPIC } from '@rapport/contracts';
import { sendDeadLetterBack } from '@rapport/messaging';
import { isDuplicateKeyError } from '@rapport/platform';
import { ConflictProblem, NotFoundProblem } from '@rapport/platform/http';
import { CLOCK, type Clock, DB } from '@rapport/service-skeleton';
import { decodeCursor, encodeCursor } from './dead-letter-cursor';
import { deadLetterLine } from './dead-letter-lines';
import { readDeadLetters } from './dead-letter-reader';
import type { DeadLetterPage, DeadLetterReplay } from './operations.answers';
import { OpsKafka } from './ops-kafka';

export const PAGE_SIZE = 50;
/** Letters read per call at most, matching the group or not: a listing's cost is bounded. */
export const SCAN_LIMIT = 1_000;
const READ_DEADLINE_MS = 8_000;
// A claim older than this was left by a gateway that died mid-replay: another may take it over.
const STALE_CLAIM_MS = 60_000;

/** One replay per letter, by the letter's id: claimed first, then marked sent. */
interface ReplayRecord {
  _id: string;
  state: 'sending' | 'sent';
  claimedAt: Date;
  originalTopic: string;
  group: string;
  replayedAt?: Date;
}

/**
 * The dead-letter topic for operators: paged listings read straight from the topic (bounded
 * per call), and replays that happen once per letter however often they are asked for.
 */
@Injectable()
export class DeadLetters {
  private readonly replays: Collection<ReplayRecord>;

  constructor(
    private readonly kafka: OpsKafka,
    @Inject(DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.replays = db.collection<ReplayRecord>('ops_dead_letter_replays');
  }

  async page(query: { group?: string; cursor?: string }): Promise<DeadLetterPage> {
    const from = query.cursor ? decodeCursor(query.cursor) : new Map<number, bigint>();
    const ranges = (await this.partitions()).map(({ partition, low, high }) => {
      const at = from.get(partition) ?? low;
      return { partition, from: at > low ? at : low, to: high };
    });
    const { letters, reached } = await readDeadLetters(
      this.kafka.kafka,
      DEAD_LETTER_TOPIC,
      ranges,
      {
        take: PAGE_SIZE,
        // Counting every letter read, not only the group's, is what bounds a filtered listing.
        scanLimit: SCAN_LIMIT,
        accept: (letter) => !query.group || letter.consumerGroup === query.group,
        deadlineMs: READ_DEADLINE_MS,
      },
    );
    const records = await Promise.all(letters.map(({ id }) => this.replays.findOne({ _id: id })));
    const more = ranges.some((range) => (reached.get(range.partition) ?? range.to) < range.to);
    return {
      letters: letters
        .map(({ id, letter }, i) => {
          const record = records[i];
          return deadLetterLine(
            id,
            letter,
            record?.state === 'sent' ? record.replayedAt : undefined,
          );
        })
        .sort((a, b) => a.failedAt.localeCompare(b.failedAt) || a.id.localeCompare(b.id)),
      ...(more ? { next: encodeCursor(reached) } : {}),
    };
  }

  /**
   * Sends the letter back to its original topic once. A second call answers what the first did
   * and sends nothing; while the first is still sending, the second is told to wait (409).
   */
  async replay(id: string): Promise<DeadLetterReplay> {
    const done = await this.replays.findOne({ _id: id });
    if (done?.state === 'sent') return replayAnswer(done);
    const letter = await this.find(id);
    const now = this.clock();
    const claim: ReplayRecord = {
      _id: id,
      state: 'sending',
      claimedAt: now,
      originalTopic: letter.originalTopic,
      group: letter.consumerGroup,
    };
    if (!(await this.claim(claim, done))) {
      const current = await this.replays.findOne({ _id: id });
      if (current?.state === 'sent') return replayAnswer(current);
      throw new ConflictProblem('This letter is being replayed right now; look again in a moment');
    }
    try {
      await sendDeadLetterBack(await this.kafka.producer(), id, letter);
    } catch (error) {
      // Nothing was sent: free the letter so that a retry may send it.
      await this.replays.deleteOne({ _id: id });
      throw error;
    }
    const sent: ReplayRecord = { ...claim, state: 'sent', replayedAt: this.clock() };
    await this.replays.replaceOne({ _id: id }, sent);
    return replayAnswer(sent);
  }

  /** Inserting the claim decides between concurrent replays (duplicate key, not read-then-write). */
  private async claim(claim: ReplayRecord, previous: ReplayRecord | null): Promise<boolean> {
    if (previous) {
      if (claim.claimedAt.getTime() - previous.claimedAt.getTime() < STALE_CLAIM_MS) return false;
      // One taker per stale claim, decided by a key of its own: a replace could succeed twice.
      const takeover = `${claim._id}|takeover|${previous.claimedAt.toISOString()}`;
      if (!(await this.inserted({ ...claim, _id: takeover }))) return false;
      await this.replays.replaceOne({ _id: claim._id }, claim);
      return true;
    }
    return this.inserted(claim);
  }

  private async inserted(record: ReplayRecord): Promise<boolean> {
    try {
      await this.replays.insertOne(record);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  private async find(id: string) {
    const [partitionText, offsetText] = id.split(':');
    const partition = Number(partitionText);
    const offset = BigInt(offsetText ?? '0');
    const range = (await this.partitions()).find((p) => p.partition === partition);
    if (!range || offset < range.low || offset >= range.high) {
      throw new NotFoundProblem(`There is no dead letter ${id} (any more)`);
    }
    const { letters } = await readDeadLetters(
      this.kafka.kafka,
      DEAD_LETTER_TOPIC,
      [{ partition, from: offset, to: offset + 1n }],
      { take: 1, scanLimit: 1, accept: () => true, deadlineMs: READ_DEADLINE_MS },
    );
    const found = letters[0];
    if (!found) throw new NotFoundProblem(`There is no dead letter ${id} (any more)`);
    return found.letter;
  }

  private async partitions(): Promise<{ partition: number; low: bigint; high: bigint }[]> {
    const admin = await this.kafka.admin();
    const topics = await admin.listTopics();
    // No letter was ever parked: the topic does not exist yet, and asking for it would create it.
    if (!topics.includes(DEAD_LETTER_TOPIC)) return [];
    return (await admin.fetchTopicOffsets(DEAD_LETTER_TOPIC)).map((p) => ({
      partition: p.partition,
      low: BigInt(p.low),
      high: BigInt(p.high),
    }));
  }
}

function replayAnswer(record: ReplayRecord): DeadLetterReplay {
  return {
    id: record._id,
    originalTopic: record.originalTopic,
    group: record.group,
    replayedAt: (record.replayedAt ?? record.claimedAt).toISOString(),
  };
}
