import type { Collection, Db } from 'mongodb';
import { MAX_WRITE_BATCH } from './guarded-write';

interface PositionDocument {
  _id: string;
  version: number;
  eventId: string;
  /** Set while the stream has dead-lettered events: from `version` through `through`. */
  parked?: { version: number; through: number };
}

export type Admission = 'process' | 'duplicate' | 'parked' | 'replay';

/** A stream, as an envelope names it. */
export interface StreamName {
  readonly tenantId: string;
  readonly streamId: string;
}

/**
 * Where each consumer group stands in each stream. It drops redeliveries (same event id, or a
 * version already passed) and keeps a stream's order when one of its events is dead-lettered:
 * the stream is parked, its later events follow the first one to the dead-letter topic, and a
 * replay for this group re-admits them one by one, in order. Changes stay in memory until
 * `flush()`, so a batch costs one read per new stream and one bulk write.
 */
export class StreamPositions {
  private readonly positions: Collection<PositionDocument>;
  /**
   * Positions of the streams this instance consumed since it last joined the group. A stream's
   * partition has one consumer at a time, so the cache is exact until a rebalance (forget()).
   */
  private readonly cache = new Map<string, PositionDocument | null>();
  /** Positions changed in memory and not yet saved (see flush). */
  private readonly dirty = new Set<string>();

  constructor(
    db: Db,
    private readonly groupId: string,
  ) {
    this.positions = db.collection<PositionDocument>('consumer_stream_positions');
  }

  private key(tenantId: string, streamId: string): string {
    return `${this.groupId}|${tenantId}|${streamId}`;
  }

  /**
   * Partitions moved between instances (every stream), or a batch's unsaved work was abandoned
   * (its streams): read those positions again.
   */
  forget(streams?: readonly StreamName[]): void {
    if (!streams) {
      this.cache.clear();
      this.dirty.clear();
      return;
    }
    for (const { tenantId, streamId } of streams) {
      const _id = this.key(tenantId, streamId);
      this.cache.delete(_id);
      this.dirty.delete(_id);
    }
  }

  /**
   * Loads the positions of a batch's streams at once: one `find` by `_id` per stream not cached,
   * sent together (the embedded database serves only single-key `_id` filters from its index).
   */
  async preload(streams: readonly StreamName[]): Promise<void> {
    const missing = [...new Set(streams.map((s) => this.key(s.tenantId, s.streamId)))].filter(
      (_id) => !this.cache.has(_id),
    );
    for (let i = 0; i < missing.length; i += MAX_WRITE_BATCH) {
      const slice = missing.slice(i, i + MAX_WRITE_BATCH);
      const docs = await Promise.all(slice.map((_id) => this.positions.findOne({ _id })));
      slice.forEach((_id, j) => this.cache.set(_id, docs[j] ?? null));
    }
  }

  /**
   * Saves the positions changed since the last flush in one unordered bulk write by `_id`: those
   * of `streams` (a batch's own, while other partitions' batches are still being written), or all.
   */
  async flush(streams?: readonly StreamName[]): Promise<void> {
    const wanted = streams && new Set(streams.map((s) => this.key(s.tenantId, s.streamId)));
    const docs = [...this.dirty]
      .filter((_id) => !wanted || wanted.has(_id))
      .flatMap((_id) => this.cache.get(_id) ?? []);
    if (docs.length === 0) return;
    const operations = docs.map(({ _id, ...fields }) => ({
      replaceOne: { filter: { _id }, replacement: fields, upsert: true },
    }));
    for (let i = 0; i < operations.length; i += MAX_WRITE_BATCH)
      await this.positions.bulkWrite(operations.slice(i, i + MAX_WRITE_BATCH), { ordered: false });
    for (const { _id } of docs) this.dirty.delete(_id);
  }

  private async load(_id: string): Promise<PositionDocument | null> {
    if (!this.cache.has(_id)) this.cache.set(_id, await this.positions.findOne({ _id }));
    return this.cache.get(_id) ?? null;
  }

  /** Changes a position in memory; flush() saves it. */
  private set(doc: PositionDocument): void {
    this.cache.set(doc._id, doc);
    this.dirty.add(doc._id);
  }

  async admit(
    tenantId: string,
    streamId: string,
    version: number,
    eventId: string,
    replayForThisGroup: boolean,
  ): Promise<Admission> {
    const pos = await this.load(this.key(tenantId, streamId));
    if (
      pos &&
      (version < pos.version || (version === pos.version && seenAtVersion(eventId, pos.eventId)))
    ) {
      return 'duplicate';
    }
    if (!pos?.parked) return 'process';
    return replayForThisGroup && version === pos.parked.version ? 'replay' : 'parked';
  }

  async processed(
    tenantId: string,
    streamId: string,
    version: number,
    eventId: string,
  ): Promise<void> {
    const _id = this.key(tenantId, streamId);
    const parked = (await this.load(_id))?.parked;
    const doc: PositionDocument = { _id, version, eventId };
    // Only the replay of a parked stream's first event gets here (admit); it moves the parked
    // range on, and the last one un-parks the stream.
    if (parked && parked.through > version)
      doc.parked = { version: version + 1, through: parked.through };
    this.set(doc);
  }

  /** Records that `version` goes to the dead-letter topic: the stream parks (or stays parked). */
  async park(tenantId: string, streamId: string, version: number): Promise<void> {
    const _id = this.key(tenantId, streamId);
    const pos = await this.load(_id);
    const parked = pos?.parked
      ? {
          version: Math.min(pos.parked.version, version),
          through: Math.max(pos.parked.through, version),
        }
      : { version, through: version };
    this.set({ _id, version: pos?.version ?? 0, eventId: pos?.eventId ?? '', parked });
  }
}

/**
 * One event may publish several messages at its stream version, in order: `<id>`, `<id>:1`, `<id>:2`
 * (see the event store's toDocuments). A message is a repeat when the last one processed at that
 * version is itself or a later message of the same event.
 */
export function seenAtVersion(eventId: string, lastProcessed: string): boolean {
  if (eventId === lastProcessed) return true;
  const [base, n] = messageOrdinal(eventId);
  const [lastBase, lastN] = messageOrdinal(lastProcessed);
  return base === lastBase && n <= lastN;
}

function messageOrdinal(eventId: string): [string, number] {
  const match = /^(.*):(\d+)$/.exec(eventId);
  return match ? [match[1]!, Number(match[2])] : [eventId, 0];
}
