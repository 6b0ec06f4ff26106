import { createHash } from 'node:crypto';
import type { Collection, Db, Document, Filter, UpdateFilter } from 'mongodb';

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

/**
 * A read model: `project` is pure and maps one event to document changes. The runtime applies each
 * change guarded by the stream's version stored inside the document, so an event delivered twice
 * (or replayed during a rebuild) changes the document once.
 */
export interface Projection<Event> {
  readonly name: string;
  project(event: Event): readonly ProjectionChange[];
}

interface ActiveDocument {
  _id: string;
  collection: string;
  rebuiltAt: Date;
}

const GUARD = '_applied';

export class ProjectionStore {
  private readonly meta: Collection<ActiveDocument>;

  constructor(private readonly db: Db) {
    this.meta = db.collection<ActiveDocument>('projection_meta');
  }

  /** The collection readers should use now (switches atomically when a rebuild finishes). */
  async active(name: string): Promise<Collection<ReadModelDocument>> {
    const doc = await this.meta.findOne({ _id: name });
    return this.db.collection<ReadModelDocument>(doc?.collection ?? name);
  }

  /** Applies the changes of one event; returns how many documents it changed (0 when seen before). */
  async apply<Event>(
    projection: Projection<Event>,
    event: Event,
    position: EventPosition,
    target?: Collection<ReadModelDocument>,
  ): Promise<number> {
    const collection = target ?? (await this.active(projection.name));
    const field = `${GUARD}.${streamKey(position)}`;
    let changed = 0;
    for (const { id, update } of projection.project(event)) {
      try {
        const result = await collection.updateOne(
          guardFilter(id, field, position.version),
          { ...update, $set: { ...(update.$set ?? {}), [field]: position.version } },
          { upsert: true },
        );
        changed += result.modifiedCount + result.upsertedCount;
      } catch (error) {
        // The guard did not match an existing document, so the upsert tried to insert its id
        // again: this event was applied before.
        if ((error as { code?: unknown }).code !== 11000) throw error;
      }
    }
    return changed;
  }

  /**
   * The bulk path for events that start their documents (an import's first events): changes made
   * only of `$set`/`$setOnInsert` are inserted in one unordered `insertMany`, guard included.
   * A document that exists already, and any change using other operators, goes through `apply`,
   * so the result is the same as applying each event in turn, at a fraction of the writes.
   */
  async applyToNewDocuments<Event>(
    projection: Projection<Event>,
    items: readonly { event: Event; position: EventPosition }[],
    target?: Collection<ReadModelDocument>,
  ): Promise<number> {
    const collection = target ?? (await this.active(projection.name));
    const inserts: { doc: ReadModelDocument; event: Event; position: EventPosition }[] = [];
    const slow: { event: Event; position: EventPosition }[] = [];
    for (const item of items) {
      const changes = projection.project(item.event);
      const insertable = changes.every(({ update }) =>
        Object.keys(update).every((op) => op === '$set' || op === '$setOnInsert'),
      );
      if (!insertable) {
        slow.push(item);
        continue;
      }
      for (const { id, update } of changes) {
        const doc: ReadModelDocument = {
          ...(update.$setOnInsert ?? {}),
          ...(update.$set ?? {}),
          _id: id,
          [GUARD]: { [streamKey(item.position)]: item.position.version },
        };
        inserts.push({ doc, event: item.event, position: item.position });
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
        const failed = duplicateIndexes(error);
        if (!failed) throw error;
        changed += inserts.length - failed.size;
        const retry = new Map<string, { event: Event; position: EventPosition }>();
        for (const index of failed) {
          const item = inserts[index]!;
          retry.set(`${streamKey(item.position)}:${item.position.version}`, item);
        }
        slow.push(...retry.values());
      }
    }
    for (const { event, position } of slow)
      changed += await this.apply(projection, event, position, collection);
    return changed;
  }

  /**
   * Rebuilds into a fresh collection from `events` (the event store, stream by stream), swaps it in,
   * then catches up with `catchUp` (events recorded while it ran; applying them twice is harmless).
   */
  async rebuild<Event>(
    projection: Projection<Event>,
    events: () => AsyncIterable<{ event: Event; position: EventPosition }>,
    catchUp: () => AsyncIterable<{ event: Event; position: EventPosition }> = events,
    now: () => Date = () => new Date(),
  ): Promise<{ collection: string; applied: number }> {
    const previous = await this.active(projection.name);
    const name = `${projection.name}__${now().getTime()}`;
    const fresh = this.db.collection<ReadModelDocument>(name);
    let applied = 0;
    for await (const { event, position } of events())
      applied += await this.apply(projection, event, position, fresh);
    await this.meta.updateOne(
      { _id: projection.name },
      { $set: { collection: name, rebuiltAt: now() } },
      { upsert: true },
    );
    for await (const { event, position } of catchUp())
      applied += await this.apply(projection, event, position, fresh);
    if (previous.collectionName !== name) await previous.drop().catch(() => false);
    return { collection: name, applied };
  }
}

/** Positions of the documents an unordered insert refused as duplicates; undefined for other errors. */
function duplicateIndexes(error: unknown): Set<number> | undefined {
  const raw = (error as { writeErrors?: unknown }).writeErrors;
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []) as {
    index?: unknown;
    code?: unknown;
  }[];
  if (list.length === 0 || list.some((e) => e.code !== 11000 || typeof e.index !== 'number')) {
    return undefined;
  }
  return new Set(list.map((e) => e.index as number));
}

/** The document, unless it already holds this stream's event at `version` or later. */
function guardFilter(id: string, field: string, version: number): Filter<ReadModelDocument> {
  return { _id: id, $or: [{ [field]: { $exists: false } }, { [field]: { $lt: version } }] };
}

/** A short, dot-free key per stream, usable as a field name. */
function streamKey({ tenantId, streamId }: EventPosition): string {
  return createHash('sha1').update(`${tenantId}\u0000${streamId}`).digest('base64url').slice(0, 16);
}
