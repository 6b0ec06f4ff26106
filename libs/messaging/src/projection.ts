import type { Collection, Db, Document, UpdateFilter } from 'mongodb';
import { againOnDuplicateKey, duplicateKeyIndexes } from '@rapport/platform';
import { applyGuarded, GUARD, type PositionedChange, streamKey } from './guarded-write';

/** Read-model documents are keyed by a string id chosen by the projection. */
export interface ReadModelDocument extends Document {
  _id: string;
}

/** One change to one read-model document, the only kind of write a projection makes. */
export interface ProjectionChange {
  readonly id: string;
  readonly update: UpdateFilter<ReadModelDocument>;
}

/** The stream position an event carries, whatever it came from (Kafka envelope or event store). */
export interface EventPosition {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
}

/** An event with the stream position it was recorded at. */
export interface PositionedEvent<Event> {
  readonly event: Event;
  readonly position: EventPosition;
}

/**
 * A read model: `project` is pure and maps one event to document changes. The runtime applies each
 * change guarded by the stream's version stored inside the document, so an event delivered twice
 * (or replayed during a rebuild) changes the document once.
 */
export interface Projection<Event> {
  readonly name: string;
  project(event: Event): readonly ProjectionChange[];
}

/** `copy` fills the fresh collection; `catch-up` applies what was recorded meanwhile, after the swap. */
export type RebuildPhase = 'copy' | 'catch-up';

/** How far a rebuild has gone, told after every batch. */
export type RebuildListener = (progress: {
  readonly phase: RebuildPhase;
  readonly eventsRead: number;
  readonly documentsWritten: number;
}) => Promise<void> | void;

interface ActiveDocument {
  _id: string;
  collection: string;
  rebuiltAt: Date;
}

export interface ApplyOptions {
  /**
   * Take the guards of documents this process wrote last from its memory instead of reading them:
   * only where no other process can have applied these streams' versions since (see
   * `GuardMemory`): a writer's own fresh appends, a consumer's partitions since it joined.
   */
  readonly rememberedGuards?: boolean;
}

/** Events a rebuild applies per guarded bulk write. */
const REBUILD_BATCH = 500;

/** The read model's collection changed between the guards' read and the write (a rebuild). */
class Swapped extends Error {
  constructor(readonly collection: Collection<ReadModelDocument>) {
    super('the read model was swapped by a rebuild');
  }
}

export class ProjectionStore {
  private readonly meta: Collection<ActiveDocument>;
  /** The collection each read model was served from at its last write here (see `applyAll`). */
  private readonly lastActive = new Map<string, string>();

  constructor(private readonly db: Db) {
    this.meta = db.collection<ActiveDocument>('projection_meta');
  }

  /**
   * The collection readers should use now (switches atomically when a rebuild finishes), typed
   * with the read model's document shape.
   */
  async active<T extends Document = ReadModelDocument>(name: string): Promise<Collection<T>> {
    const doc = await this.meta.findOne({ _id: name });
    return this.db.collection<T>(doc?.collection ?? name);
  }

  /** Applies the changes of one event; returns how many documents it changed (0 when seen before). */
  apply<Event>(
    projection: Projection<Event>,
    event: Event,
    position: EventPosition,
    target?: Collection<ReadModelDocument>,
  ): Promise<number> {
    return this.applyAll(projection, [{ event, position }], target);
  }

  /**
   * Applies many events in order with one read of each document's guard and one bulk write, every
   * operation filtered by `_id` alone (see applyGuarded). Same result as applying them one by one.
   */
  async applyAll<Event>(
    projection: Projection<Event>,
    items: readonly PositionedEvent<Event>[],
    target?: Collection<ReadModelDocument>,
    options: ApplyOptions = {},
  ): Promise<number> {
    const changes: PositionedChange[] = items.flatMap(({ event, position }) =>
      projection.project(event).map(({ id, update }) => ({ id, update, position })),
    );
    if (changes.length === 0) return 0;
    const remembered = options.rememberedGuards === true;
    if (target) return applyGuarded(target, changes, { remembered });
    const known = this.lastActive.get(projection.name);
    if (known === undefined)
      return applyGuarded(await this.activeNow(projection.name), changes, { remembered });
    // The collection in use is still read before every write, but alongside the guards (read from
    // the collection it was last time) rather than before them: one round trip less per write.
    // If a rebuild swapped it meanwhile, nothing was written and the guards are read again there.
    const current = this.activeNow(projection.name);
    current.catch(() => undefined);
    try {
      return await applyGuarded(this.db.collection(known), changes, {
        remembered,
        beforeWrite: async () => {
          const now = await current;
          if (now.collectionName !== known) throw new Swapped(now);
        },
      });
    } catch (error) {
      if (!(error instanceof Swapped)) throw error;
      return applyGuarded(error.collection, changes, { remembered });
    }
  }

  /** `active`, remembering the answer for `applyAll`'s next write. */
  private async activeNow(name: string): Promise<Collection<ReadModelDocument>> {
    const collection = await this.active(name);
    this.lastActive.set(name, collection.collectionName);
    return collection;
  }

  /**
   * The bulk path for events that start their documents (an import's first events): changes made
   * only of `$set`/`$setOnInsert` are inserted in one unordered `insertMany`, guard included.
   * A document that exists already, and any change using other operators, goes through `applyAll`,
   * so the result is the same as applying each event in turn, at a fraction of the writes.
   */
  async applyToNewDocuments<Event>(
    projection: Projection<Event>,
    items: readonly PositionedEvent<Event>[],
    target?: Collection<ReadModelDocument>,
  ): Promise<number> {
    const collection = target ?? (await this.active(projection.name));
    const inserts: { doc: ReadModelDocument; item: PositionedEvent<Event> }[] = [];
    const slow = new Set<PositionedEvent<Event>>();
    // Once a document takes the guarded path, its later changes follow it there, in order.
    const slowIds = new Set<string>();
    for (const item of items) {
      const changes = projection.project(item.event);
      const insertable = changes.every(
        ({ id, update }) =>
          !slowIds.has(id) &&
          Object.keys(update).every((op) => op === '$set' || op === '$setOnInsert'),
      );
      if (!insertable) {
        slow.add(item);
        for (const { id } of changes) slowIds.add(id);
        continue;
      }
      for (const { id, update } of changes) {
        const doc: ReadModelDocument = {
          ...(update.$setOnInsert ?? {}),
          ...(update.$set ?? {}),
          _id: id,
          [GUARD]: { [streamKey(item.position)]: item.position.version },
        };
        inserts.push({ doc, item });
      }
    }
    let changed = 0;
    if (inserts.length > 0) {
      try {
        const result = await collection.insertMany(
          inserts.map((i) => i.doc),
          { ordered: false },
        );
        changed += result.insertedCount;
      } catch (error) {
        const indexes = duplicateKeyIndexes(error);
        if (!indexes) throw error;
        const failed = new Set(indexes);
        changed += inserts.length - failed.size;
        for (const index of failed) slow.add(inserts[index]!.item);
      }
    }
    // In the caller's order, so a stream's later events still come after its earlier ones.
    const rest = items.filter((item) => slow.has(item));
    return changed + (await this.applyAll(projection, rest, collection));
  }

  /**
   * Rebuilds into a fresh collection from `events` (the event store, stream by stream), swaps it in,
   * then catches up with `catchUp` (events recorded while it ran; applying them twice is harmless).
   * Readers keep the previous collection until the swap; `onBatch` hears of every batch applied.
   */
  async rebuild<Event>(
    projection: Projection<Event>,
    events: () => AsyncIterable<PositionedEvent<Event>>,
    catchUp: () => AsyncIterable<PositionedEvent<Event>> = events,
    now: () => Date = () => new Date(),
    onBatch?: RebuildListener,
  ): Promise<{ collection: string; applied: number }> {
    const previous = await this.active(projection.name);
    const name = `${projection.name}__${now().getTime()}`;
    const fresh = this.db.collection<ReadModelDocument>(name);
    const tally = { phase: 'copy' as RebuildPhase, eventsRead: 0, documentsWritten: 0 };
    const listen = async (events: number, written: number) => {
      tally.eventsRead += events;
      tally.documentsWritten += written;
      await onBatch?.({ ...tally });
    };
    let applied = await this.applyInBatches(projection, events(), fresh, listen);
    await againOnDuplicateKey(() =>
      this.meta.updateOne(
        { _id: projection.name },
        { $set: { collection: name, rebuiltAt: now() } },
        { upsert: true },
      ),
    );
    tally.phase = 'catch-up';
    applied += await this.applyInBatches(projection, catchUp(), fresh, listen);
    if (previous.collectionName !== name) await previous.drop().catch(() => false);
    return { collection: name, applied };
  }

  private async applyInBatches<Event>(
    projection: Projection<Event>,
    source: AsyncIterable<PositionedEvent<Event>>,
    target: Collection<ReadModelDocument>,
    listen: (events: number, written: number) => Promise<void>,
  ): Promise<number> {
    let applied = 0;
    let batch: PositionedEvent<Event>[] = [];
    const flush = async () => {
      const written = await this.applyAll(projection, batch, target);
      applied += written;
      await listen(batch.length, written);
      batch = [];
    };
    for await (const item of source) {
      batch.push(item);
      if (batch.length >= REBUILD_BATCH) await flush();
    }
    await flush();
    return applied;
  }
}
