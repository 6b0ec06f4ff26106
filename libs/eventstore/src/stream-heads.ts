import type { Collection } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { StreamRef } from './events';

/** A state folded up to `version`, in JSON, valid only for the fold that wrote it (`tag`). */
export interface StreamSnapshot {
  readonly version: number;
  readonly tag: string;
  readonly state: string;
}

/**
 * One document per stream, keyed `tenant|stream`: a version up to which every batch is known to
 * be whole, and optionally the folded state at some version at or below it. It is a hint, never
 * the truth: it is written after the events, so a writer that crashes in between leaves it behind,
 * and two writers may update it out of order. Readers therefore start from it and probe the next
 * event keys until one is missing. It never claims too much: only a writer whose batch is in
 * writes it, with that batch's last version. Writers move it now and then rather than after every
 * append (`CoalescedHeads`), so it may lag a few versions behind the stream.
 */
export interface StreamHeadDocument {
  _id: string;
  version: number;
  snapshot?: StreamSnapshot;
}

/** Where an append leaves its stream: the head to write (see `CoalescedHeads`). */
export interface HeadMove {
  readonly stream: StreamRef;
  readonly version: number;
  readonly snapshot?: StreamSnapshot;
}

export function headKey(stream: StreamRef): string {
  return `${stream.tenantId}|${stream.streamId}`;
}

export class StreamHeads {
  constructor(readonly collection: Collection<StreamHeadDocument>) {}

  get(stream: StreamRef): Promise<StreamHeadDocument | null> {
    return this.collection.findOne({ _id: headKey(stream) });
  }

  /**
   * Moves the head forward (`$max`: an update that arrives late never moves it back). The
   * snapshot is replaced unconditionally: a late one is merely older, and still correct, since
   * readers fold whatever follows it.
   */
  async advance(stream: StreamRef, version: number, snapshot?: StreamSnapshot): Promise<void> {
    await againOnDuplicateKey(() =>
      this.collection.updateOne(
        { _id: headKey(stream) },
        { $max: { version }, ...(snapshot ? { $set: { snapshot } } : {}) },
        { upsert: true },
      ),
    );
  }

  /** `advance` of several streams in one unordered bulk write (a group of appends). */
  async advanceMany(heads: readonly HeadMove[]): Promise<void> {
    if (heads.length === 0) return;
    await this.collection.bulkWrite(
      heads.map(({ stream, version, snapshot }) => ({
        updateOne: {
          filter: { _id: headKey(stream) },
          update: { $max: { version }, ...(snapshot ? { $set: { snapshot } } : {}) },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }
}
