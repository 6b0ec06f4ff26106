import type { Admin, Kafka, PartitionMetadata } from 'kafkajs';
import type { Db } from 'mongodb';
import { decodePayload } from '@rapport/contracts';
import type { EventStore, RecordedEvent } from '@rapport/eventstore';
import type { GoalEvent } from '../domain/goal.events';
import { goalIntegrationEvents } from '../shared/goal-integration-events';
import { type Tally, type TallyMove, tallyMoveOf } from './exploration-tallies';
import { partitionOfStream } from './stream-partition';
import {
  type PlaceDocument,
  shardId,
  type TallyCollections,
  TallyGenerations,
} from './tally-collections';

export interface TalliesRebuild {
  readonly db: Db;
  readonly kafka: Kafka;
  readonly eventStore: EventStore;
  /** The topic the consumer reads (RAPPORT_EXPLORATION_GOALS_TOPIC). */
  readonly topic: string;
  /** The consumer's group (`<prefix>-institution-tallies`): it must have no members. */
  readonly groupId: string;
  readonly now?: () => Date;
}

export interface TalliesRebuilt {
  readonly places: number;
  readonly shards: number;
  /** Per partition, the offset the shards say they have counted up to. */
  readonly countedTo: Readonly<Record<number, string>>;
}

/** Places written per insert. */
const BATCH = 500;

/**
 * Rebuilds the institution tallies from the event store, the source of truth (Kafka keeps a week,
 * so replaying the topic would not be a rebuild). The consumer must be stopped (its group empty:
 * it is checked), because it writes the shards one message at a time as their only writer.
 *
 * Why an event published while this runs is neither lost nor counted twice: the topic's end
 * offsets are read FIRST, and every shard written says it has counted its partition up to that
 * end − 1. The relay publishes an event only after it is in the store, so each message before
 * the captured end is in the store when it is read next, and is in these figures. A message at
 * or after the end is one the consumer will deliver when it starts again: if the store read
 * already saw its event, its place carries that version and the consumer's version guard skips
 * it; if not, its place is older and the shard's offset lets it count, once. (The consumer
 * library's own stream positions skip only events the group handled, published before it stopped
 * and so in the store too: they never hide one these figures lack.) A message redelivered from
 * before the end meets both guards: its place's version and the shard's offset.
 */
export async function rebuildInstitutionTallies(rebuild: TalliesRebuild): Promise<TalliesRebuilt> {
  const now = rebuild.now ?? (() => new Date());
  const admin = rebuild.kafka.admin();
  await admin.connect();
  try {
    await refuseWhileConsuming(admin, rebuild.groupId);
    const ends = await admin.fetchTopicOffsets(rebuild.topic);
    const { topics } = await admin.fetchTopicMetadata({ topics: [rebuild.topic] });
    const partitions = topics[0]?.partitions ?? [];
    const countedTo = Object.fromEntries(
      ends.map(({ partition, high }) => [partition, String(BigInt(high) - 1n)]),
    );
    const generations = new TallyGenerations(rebuild.db);
    const fresh = generations.fresh(now());
    const folded = await foldPlaces(rebuild.eventStore, fresh, partitions);
    const shards = [...folded.counts].map(([key, counts]) => {
      const [tenantId, partition] = key.split('\n') as [string, string];
      return {
        _id: shardId(tenantId, rebuild.topic, Number(partition)),
        counts,
        offset: countedTo[Number(partition)] ?? '-1',
      };
    });
    if (shards.length > 0) await fresh.shards.insertMany(shards);
    await generations.switchTo(fresh, now());
    return { places: folded.places, shards: shards.length, countedTo };
  } finally {
    await admin.disconnect();
  }
}

async function refuseWhileConsuming(admin: Admin, groupId: string): Promise<void> {
  const { groups } = await admin.describeGroups([groupId]);
  const members = groups[0]?.members.length ?? 0;
  if (members > 0) {
    throw new Error(
      `${groupId} has ${members} member(s): stop the exploration service before rebuilding its tallies`,
    );
  }
}

/**
 * Writes every goal's and conversation's final place into `fresh.places` and returns the counts
 * per tenant and partition. `readAll` yields stream by stream in version order, so an item's
 * last move is its place, and places are written as each stream ends (memory stays one stream
 * and one batch; the counts are tenants × partitions).
 */
async function foldPlaces(
  eventStore: EventStore,
  fresh: TallyCollections,
  partitions: readonly PartitionMetadata[],
): Promise<{ places: number; counts: Map<string, Partial<Record<Tally, number>>> }> {
  const counts = new Map<string, Partial<Record<Tally, number>>>();
  let batch: PlaceDocument[] = [];
  let written = 0;
  // The places of the stream being read: the last move of each item wins.
  let stream: { key: string; streamId: string; moves: Map<string, TallyMove> } | undefined;
  const settle = async (final: boolean) => {
    if (stream) {
      const partition = partitionOfStream(stream.streamId, partitions);
      for (const move of stream.moves.values()) {
        const key = `${move.tenantId}\n${partition}`;
        const tenantCounts = counts.get(key) ?? {};
        tenantCounts[move.to] = (tenantCounts[move.to] ?? 0) + 1;
        counts.set(key, tenantCounts);
        batch.push({ _id: move.itemKey, to: move.to, version: move.version });
      }
    }
    if (batch.length >= BATCH || (final && batch.length > 0)) {
      await fresh.places.insertMany(batch);
      written += batch.length;
      batch = [];
    }
  };
  for await (const recorded of eventStore.readAll<GoalEvent>()) {
    const move = goalMoveOf(recorded);
    if (!move) continue;
    const key = `${recorded.tenantId}\n${recorded.streamId}`;
    if (stream?.key !== key) {
      await settle(false);
      stream = { key, streamId: recorded.streamId, moves: new Map() };
    }
    stream.moves.set(move.itemKey, move);
  }
  await settle(true);
  return { places: written, counts };
}

/**
 * The move a recorded goal event makes: the integration event the writer put in the outbox for
 * it (the same function), counted by the consumer's rule. Other streams of the store (target
 * lists, phone calls) count nowhere.
 */
function goalMoveOf(recorded: RecordedEvent<GoalEvent>): TallyMove | undefined {
  // Goal streams are `goal:<member>:<goal>` (goalStreamId); only they carry GoalEvents.
  if (!recorded.streamId.startsWith('goal:')) return undefined;
  const message = goalIntegrationEvents({ type: recorded.type, data: recorded.data } as GoalEvent);
  if (!message) return undefined;
  return tallyMoveOf(
    recorded.tenantId,
    recorded.version,
    decodePayload(message.type, message.payload),
  );
}
