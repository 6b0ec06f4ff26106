import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { Tally } from './exploration-tallies';

/** Where one goal or reflection counts now, and the goal stream version that put it there. */
export interface PlaceDocument {
  _id: string;
  to: Tally;
  version: number;
}

/** One tenant's counts from one partition, and the last offset of that partition counted. */
export interface ShardDocument {
  _id: string;
  counts: Partial<Record<Tally, number>>;
  offset: string;
}

/** Which pair of collections is current, by `_id` `current`; absent until the first rebuild. */
interface GenerationDocument {
  _id: string;
  suffix: string;
  switchedAt: Date;
}

export const TALLY_PLACES = 'institution_tally_places';
export const TALLY_SHARDS = 'institution_tally_shards';
const TALLY_GENERATION = 'institution_tally_generation';
const CURRENT = 'current';

export const shardId = (tenantId: string, topic: string, partition: number) =>
  `${tenantId}|${topic}|${partition}`;

/** One generation of the tallies: the places and the shards, always switched together. */
export interface TallyCollections {
  readonly suffix: string;
  readonly places: Collection<PlaceDocument>;
  readonly shards: Collection<ShardDocument>;
}

/**
 * The tallies' collections by generation. A rebuild writes a fresh pair and then switches one
 * pointer document, so readers see either the old figures or the new ones, never half of each,
 * and a rebuild that dies half-way leaves the old ones in place. Places and shards switch in the
 * same write because each is only right beside the other (a shard's counts are its places').
 */
export class TallyGenerations {
  private readonly pointer: Collection<GenerationDocument>;

  constructor(private readonly db: Db) {
    this.pointer = db.collection<GenerationDocument>(TALLY_GENERATION);
  }

  /** The current pair; the plain names before any rebuild, where the first counts went. */
  async current(): Promise<TallyCollections> {
    const generation = await this.pointer.findOne({ _id: CURRENT });
    return this.named(generation?.suffix ?? '');
  }

  /** A pair no reader uses yet, named after `now`. */
  fresh(now: Date): TallyCollections {
    return this.named(`__${now.getTime()}`);
  }

  /** Makes `next` the current pair (one single-document write) and drops the one it replaces. */
  async switchTo(next: TallyCollections, now: Date): Promise<void> {
    const previous = await this.current();
    await againOnDuplicateKey(() =>
      this.pointer.replaceOne(
        { _id: CURRENT },
        { suffix: next.suffix, switchedAt: now },
        { upsert: true },
      ),
    );
    if (previous.suffix === next.suffix) return;
    await previous.places.drop().catch(() => false);
    await previous.shards.drop().catch(() => false);
  }

  private named(suffix: string): TallyCollections {
    return {
      suffix,
      places: this.db.collection<PlaceDocument>(`${TALLY_PLACES}${suffix}`),
      shards: this.db.collection<ShardDocument>(`${TALLY_SHARDS}${suffix}`),
    };
  }
}
