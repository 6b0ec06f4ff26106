import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Collection, Db } from 'mongodb';
import type { ConsumedEvent } from '@rapport/messaging';
import { DB, KAFKA } from '@rapport/service-skeleton';
import { EXPLORATION_GOALS_TOPIC } from '../exploration.tokens';
import { type Tally, tallyMoveOf } from './exploration-tallies';

/** Where one goal or reflection counts now, and the goal stream version that put it there. */
interface PlaceDocument {
  _id: string;
  to: Tally;
  version: number;
}

/** One tenant's counts from one partition, and the last offset of that partition counted. */
interface ShardDocument {
  _id: string;
  counts: Partial<Record<Tally, number>>;
  offset: string;
}

export const TALLY_PLACES = 'institution_tally_places';
export const TALLY_SHARDS = 'institution_tally_shards';

const shardId = (tenantId: string, topic: string, partition: number) =>
  `${tenantId}|${topic}|${partition}`;

/**
 * The institution's exploration figures as counters read and written by `_id` only, without
 * `$inc` (FerretDB 1.24 loses concurrent in-place updates of one document). Each tenant has one
 * counter document per partition of the exploration topic, and only the consumer that owns that
 * partition writes it, one message at a time: a goal's events share its stream's partition, so
 * moving a goal from one count to another touches one document with one writer. A message is
 * counted once: the place document says where the item already counts (and at which version),
 * the shard the last offset it counted, so a redelivery after a crash between the two writes
 * changes nothing.
 */
@Injectable()
export class InstitutionTallies {
  private readonly places: Collection<PlaceDocument>;
  private readonly shards: Collection<ShardDocument>;
  private partitions: number | undefined;

  constructor(
    @Inject(DB) db: Db,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(EXPLORATION_GOALS_TOPIC) private readonly topic: string,
  ) {
    this.places = db.collection<PlaceDocument>(TALLY_PLACES);
    this.shards = db.collection<ShardDocument>(TALLY_SHARDS);
  }

  /** Counts one event of the exploration topic; false when it counts nowhere or was counted. */
  async apply(event: ConsumedEvent): Promise<boolean> {
    const { envelope, payload } = event;
    const move = tallyMoveOf(envelope.tenantId, Number(envelope.streamVersion), payload);
    if (!move) return false;
    const place = await this.places.findOne({ _id: move.itemKey });
    if (place && place.version >= move.version) return false;
    const _id = shardId(move.tenantId, event.topic, event.partition);
    const shard = await this.shards.findOne({ _id });
    if (!shard || BigInt(shard.offset) < BigInt(event.offset)) {
      const counts = { ...shard?.counts };
      if (place) counts[place.to] = Math.max(0, (counts[place.to] ?? 0) - 1);
      counts[move.to] = (counts[move.to] ?? 0) + 1;
      await this.shards.replaceOne({ _id }, { counts, offset: event.offset }, { upsert: true });
    }
    await this.places.replaceOne(
      { _id: move.itemKey },
      { to: move.to, version: move.version },
      { upsert: true },
    );
    return true;
  }

  /** The tenant's counts: one read by `_id` per partition, added up. */
  async of(tenantId: string): Promise<Partial<Record<Tally, number>>> {
    const partitions = await this.partitionCount();
    const shards = await Promise.all(
      Array.from({ length: partitions }, (_, partition) =>
        this.shards.findOne({ _id: shardId(tenantId, this.topic, partition) }),
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
