import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import type { ConsumedEvent } from '@rapport/messaging';
import { DB, KAFKA } from '@rapport/service-skeleton';
import { EXPLORATION_GOALS_TOPIC } from '../exploration.tokens';
import { type Tally, tallyMoveOf } from './exploration-tallies';
import { shardId, TallyGenerations } from './tally-collections';

/**
 * The institution's exploration figures as counters read and written by `_id` only, without
 * `$inc` (FerretDB 1.24 loses concurrent in-place updates of one document). Each tenant has one
 * counter document per partition of the exploration topic, and only the consumer that owns that
 * partition writes it, one message at a time: a goal's events share its stream's partition, so
 * moving a goal from one count to another touches one document with one writer. A message is
 * counted once: the place document says where the item already counts (and at which version),
 * the shard the last offset it counted, so a redelivery after a crash between the two writes
 * changes nothing. The collections are the current generation's (see TallyGenerations), read
 * per call so that a process started after a rebuild counts into the rebuilt ones.
 */
@Injectable()
export class InstitutionTallies {
  private readonly generations: TallyGenerations;
  private partitions: number | undefined;

  constructor(
    @Inject(DB) db: Db,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(EXPLORATION_GOALS_TOPIC) private readonly topic: string,
  ) {
    this.generations = new TallyGenerations(db);
  }

  /** Counts one event of the exploration topic; false when it counts nowhere or was counted. */
  async apply(event: ConsumedEvent): Promise<boolean> {
    const { envelope, payload } = event;
    const move = tallyMoveOf(envelope.tenantId, Number(envelope.streamVersion), payload);
    if (!move) return false;
    const { places, shards } = await this.generations.current();
    const place = await places.findOne({ _id: move.itemKey });
    if (place && place.version >= move.version) return false;
    const _id = shardId(move.tenantId, event.topic, event.partition);
    const shard = await shards.findOne({ _id });
    if (!shard || BigInt(shard.offset) < BigInt(event.offset)) {
      const counts = { ...shard?.counts };
      if (place) counts[place.to] = Math.max(0, (counts[place.to] ?? 0) - 1);
      counts[move.to] = (counts[move.to] ?? 0) + 1;
      await shards.replaceOne({ _id }, { counts, offset: event.offset }, { upsert: true });
    }
    await places.replaceOne(
      { _id: move.itemKey },
      { to: move.to, version: move.version },
      { upsert: true },
    );
    return true;
  }

  /** The tenant's counts: one read by `_id` per partition, added up. */
  async of(tenantId: string): Promise<Partial<Record<Tally, number>>> {
    const partitions = await this.partitionCount();
    const { shards: current } = await this.generations.current();
    const shards = await Promise.all(
      Array.from({ length: partitions }, (_, partition) =>
        current.findOne({ _id: shardId(tenantId, this.topic, partition) }),
      ),
    );
    const total: Partial<Record<Tally, number>> = {};
    for (const shard of shards) {
      for (const [tally, count] of Object.entries(shard?.counts ?? {}) as [Tally, number][]) {
        total[tally] = (total[tally] ?? 0) + count;
      }
    }
    return total;
  }

  /**
   * Asked of the broker until it names some: partitions are only ever added by an operator, with
   * a restart. A topic not created yet has had nothing published, so it counts nothing.
   */
  private async partitionCount(): Promise<number> {
    if (this.partitions !== undefined) return this.partitions;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [this.topic] });
      const count = topics[0]?.partitions.length ?? 0;
      if (count > 0) this.partitions = count;
      return count;
    } catch {
      return 0;
    } finally {
      await admin.disconnect();
    }
  }
}
