import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { ConsumerLagAnswer, GroupTopicLag } from './operations.answers';
import { OpsKafka } from './ops-kafka';

/** At most this many groups per answer: enough for every consumer the platform runs, bounded. */
export const MAX_GROUPS = 100;

/** Offset fetches in flight at once: one request each to the group's coordinator. */
const FETCHES_AT_ONCE = 8;

/** Throwaway readers (the dead-letter listing's, the library's) are not consumers to watch. */
const READER_GROUP = /^rapport-(ops-)?dlq-reader-/;

/**
 * How far each consumer group is behind, per topic and partition: the group's committed offsets
 * against the topics' ends, read through the one shared admin client. The groups are listed once
 * per call; each topic's end is fetched once however many groups read it.
 */
@Injectable()
export class ConsumerLag {
  constructor(
    private readonly kafka: OpsKafka,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async check(filter: { groupPrefix?: string } = {}): Promise<ConsumerLagAnswer> {
    const admin = await this.kafka.admin();
    const [{ groups }, topics] = await Promise.all([admin.listGroups(), admin.listTopics()]);
    const listed = groups
      .map((group) => group.groupId)
      .filter((id) => !READER_GROUP.test(id) && id.startsWith(filter.groupPrefix ?? ''));
    const states = new Map(
      listed.length === 0
        ? []
        : (await admin.describeGroups(listed)).groups.map((g) => [g.groupId, g.state]),
    );
    // Within the cap, groups with members come first: a running consumer falling behind is the
    // likelier question; the prefix filter reaches any other group.
    const groupIds = listed
      .sort((a, b) => activeFirst(states.get(a), states.get(b)) || a.localeCompare(b))
      .slice(0, MAX_GROUPS);
    const existing = new Set(topics);
    const ends = new Map<string, Promise<Map<number, { low: bigint; high: bigint }>>>();
    const endsOf = (topic: string) => {
      let end = ends.get(topic);
      if (!end) {
        end = admin
          .fetchTopicOffsets(topic)
          .then(
            (partitions) =>
              new Map(
                partitions.map((p) => [p.partition, { low: BigInt(p.low), high: BigInt(p.high) }]),
              ),
          );
        ends.set(topic, end);
      }
      return end;
    };
    const perGroup = await inBatches(groupIds, FETCHES_AT_ONCE, async (groupId) => {
      // A topic deleted since the group read it has no end to compare with (and asking for
      // it could create it again): left out.
      const committed = (await admin.fetchOffsets({ groupId })).filter((t) =>
        existing.has(t.topic),
      );
      return Promise.all(
        committed.map(async ({ topic, partitions }): Promise<GroupTopicLag> => {
          const topicEnds = await endsOf(topic);
          const lines = partitions
            .map(({ partition, offset }) => {
              const end = topicEnds.get(partition) ?? { low: 0n, high: 0n };
              const at = BigInt(offset);
              // Nothing committed (-1): the group would start at the oldest message kept.
              const from = at >= 0n ? at : end.low;
              const lag = end.high > from ? Number(end.high - from) : 0;
              return {
                partition,
                ...(at >= 0n ? { committed: offset } : {}),
                end: end.high.toString(),
                lag,
              };
            })
            .sort((a, b) => a.partition - b.partition);
          return {
            group: groupId,
            state: states.get(groupId) ?? 'Unknown',
            topic,
            lag: lines.reduce((sum, line) => sum + line.lag, 0),
            partitions: lines,
          };
        }),
      );
    });
    return {
      checkedAt: this.clock().toISOString(),
      lags: perGroup
        .flat()
        .sort(
          (a, b) =>
            b.lag - a.lag || a.group.localeCompare(b.group) || a.topic.localeCompare(b.topic),
        ),
      groupsOmitted: listed.length - groupIds.length,
    };
  }
}

const ACTIVE = new Set(['Stable', 'PreparingRebalance', 'CompletingRebalance']);

function activeFirst(a: string | undefined, b: string | undefined): number {
  return Number(ACTIVE.has(b ?? '')) - Number(ACTIVE.has(a ?? ''));
}

async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  }
  return results;
}
