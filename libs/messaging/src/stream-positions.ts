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

  constructor(
    db: Db,
    private readonly groupId: string,
  ) {
    this.positions = db.collection<PositionDocument>('consumer_stream_positions');
  }

  private key(tenantId: string, streamId: string): string {
    return `${this.groupId}|${tenantId}|${streamId}`;
  }

  async admit(
    tenantId: string,
    streamId: string,
    version: number,
    eventId: string,
    replayForThisGroup: boolean,
  ): Promise<Admission> {
    const pos = await this.positions.findOne({ _id: this.key(tenantId, streamId) });
    if (pos && (version < pos.version || (version === pos.version && eventId === pos.eventId))) {
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
    const pos = await this.positions.findOne({ _id });
    const parked = pos?.parked;
    const update: Partial<PositionDocument> = { version, eventId };
    if (parked && version === parked.version) {
      if (parked.through > version)
        update.parked = { version: version + 1, through: parked.through };
    }
    await this.positions.updateOne(
      { _id },
      parked && version === parked.version && parked.through <= version
        ? { $set: update, $unset: { parked: '' } }
        : { $set: update },
      { upsert: true },
    );
  }

  /** Records that `version` went to the dead-letter topic: the stream parks (or stays parked). */
  async park(tenantId: string, streamId: string, version: number): Promise<void> {
    const _id = this.key(tenantId, streamId);
    const pos = await this.positions.findOne({ _id });
    const parked = pos?.parked
      ? {
          version: Math.min(pos.parked.version, version),
          through: Math.max(pos.parked.through, version),
        }
      : { version, through: version };
    await this.positions.updateOne(
      { _id },
      { $set: { parked }, $setOnInsert: { version: 0, eventId: '' } },
      { upsert: true },
    );
  }
}
