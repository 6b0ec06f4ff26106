import type { Collection, Db } from 'mongodb';

interface PositionDocument {
  _id: string;
  version: number;
  eventId: string;
  /** Set while the stream has dead-lettered events: from `version` through `through`. */
  parked?: { version: number; through: number };
}

export type Admission = 'process' | 'duplicate' | 'parked' | 'replay';

/**
 * Where each consumer group stands in each stream. It drops redeliveries (same event id, or a
 * version already passed) and keeps a stream's order when one of its events is dead-lettered:
 * the stream is parked, its later events follow the first one to the dead-letter topic, and a
 * replay for this group re-admits them one by one, in order.
 */
export class StreamPositions {
  private readonly positions: Collection<PositionDocument>;
  /**
   * Positions of the streams this instance consumed since it last joined the group. A stream's
   * partition has one consumer at a time, so the cache is exact until a rebalance (forget()).
   */
  private readonly cache = new Map<string, PositionDocument | null>();

  constructor(
    db: Db,
    private readonly groupId: string,
  ) {
    this.positions = db.collection<PositionDocument>('consumer_stream_positions');
  }

  private key(tenantId: string, streamId: string): string {
    return `${this.groupId}|${tenantId}|${streamId}`;
  }

  /** Partitions moved between instances: positions may have changed elsewhere. */
  forget(): void {
    this.cache.clear();
  }

  private async load(_id: string): Promise<PositionDocument | null> {
    if (!this.cache.has(_id)) this.cache.set(_id, await this.positions.findOne({ _id }));
    return this.cache.get(_id) ?? null;
  }

  private async save(doc: PositionDocument): Promise<void> {
    const { _id, ...fields } = doc;
    await this.positions.replaceOne({ _id }, fields, { upsert: true });
    this.cache.set(_id, doc);
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
    await this.save(doc);
  }

  /** Records that `version` went to the dead-letter topic: the stream parks (or stays parked). */
  async park(tenantId: string, streamId: string, version: number): Promise<void> {
    const _id = this.key(tenantId, streamId);
    const pos = await this.load(_id);
    const parked = pos?.parked
      ? {
          version: Math.min(pos.parked.version, version),
          through: Math.max(pos.parked.through, version),
        }
      : { version, through: version };
    await this.save({ _id, version: pos?.version ?? 0, eventId: pos?.eventId ?? '', parked });
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
