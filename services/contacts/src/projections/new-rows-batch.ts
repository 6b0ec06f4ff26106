import type { Collection } from 'mongodb';
import type {
  EventPosition,
  Projection,
  ProjectionChange,
  ProjectionStore,
  ReadModelDocument,
} from '@rapport/messaging';
import { duplicateKeyIndexes } from '@rapport/platform';
import type { ContactEventAt } from './contact-event-at';
import type { BucketDocument } from './member-buckets';

interface NewRow {
  readonly key: string;
  readonly path: string;
  readonly value: unknown;
  readonly position: EventPosition;
}

interface BucketBatch {
  readonly id: string;
  /** Fields of the bucket itself (tenant, member), the same in every change. */
  readonly fields: Record<string, unknown>;
  readonly rows: NewRow[];
}

/**
 * First events' changes by event and read model, worked out before the writes: projecting a large
 * import's rows takes a second of CPU, which an import spends while its keys are being written
 * rather than between two writes. The projections are pure, so the changes are the same.
 */
export type ProjectedNewRows = ReadonlyMap<
  ContactEventAt,
  ReadonlyMap<string, readonly ProjectionChange[]>
>;

/** `ProjectedNewRows` of the first events among `events`. */
export function projectNewRows(
  projections: readonly Projection<ContactEventAt>[],
  events: readonly ContactEventAt[],
): ProjectedNewRows {
  return new Map(
    events
      .filter((event) => event.version === 1)
      .map((event) => [event, new Map(projections.map((p) => [p.name, p.project(event)]))]),
  );
}

/** The one change of a batch: a bucket and the rows to set in it. */
const asChange = (id: string, set: Record<string, unknown>): ProjectionChange => ({
  id,
  update: { $set: set },
});

/**
 * The bulk path of a bucketed read model for streams that were just started (an import's
 * `ContactAdded` events): the first event of each stream sets a whole row under `rows.<contact>`,
 * so those rows are gathered per bucket and written in one change per bucket — a 10,000-row import
 * rewrites each bucket once instead of 10,000 times. Every other event goes through the guarded
 * `apply`, after the batch and in the order given.
 *
 * A row already in its bucket is left alone (the commit ran before, or the contact was applied on
 * its own), so a repeat never takes a contact back to its first version. The batch is applied
 * under the position of its first new row, which records that stream's guard; the others get
 * theirs from their next event, and applying their first event again sets the same row.
 */
export async function applyNewRows(
  store: ProjectionStore,
  projection: Projection<ContactEventAt>,
  events: readonly ContactEventAt[],
  /** A first event's changes when projected ahead (see `ProjectedNewRows`), else projected here. */
  projected?: ProjectedNewRows,
): Promise<number> {
  const batches = new Map<string, BucketBatch>();
  const rest: ContactEventAt[] = [];
  for (const event of events) {
    const changes =
      event.version === 1
        ? (projected?.get(event)?.get(projection.name) ?? projection.project(event))
        : undefined;
    const rows = changes?.map(newRowOf(event));
    if (!changes || !rows || rows.some((row) => row === undefined)) {
      rest.push(event);
      continue;
    }
    changes.forEach(({ id, update }, i) => {
      const batch = batches.get(id) ?? { id, fields: {}, rows: [] };
      const { path } = rows[i]!;
      const set = update.$set as Record<string, unknown>;
      for (const [field, value] of Object.entries(set))
        if (field !== path) batch.fields[field] = value;
      batch.rows.push(rows[i]!);
      batches.set(id, batch);
    });
  }
  const collection = await store.active(projection.name);
  const ids = [...batches.keys()];
  const existing = await Promise.all(ids.map((_id) => collection.findOne({ _id })));
  const absent: BucketBatch[] = [];
  const present: { batch: BucketBatch; rows: NewRow[] }[] = [];
  existing.forEach((doc, i) => {
    const batch = batches.get(ids[i]!)!;
    if (!doc) return void absent.push(batch);
    const rows = (doc as BucketDocument<unknown>).rows ?? {};
    const fresh = batch.rows.filter((row) => rows[row.key] === undefined);
    if (fresh.length > 0) present.push({ batch, rows: fresh });
  });
  // Buckets the member has no row in yet are inserted whole, in one round trip, with no guard:
  // as above, applying a batched row's first event again sets the same row. One that appeared
  // meanwhile (a concurrent write) is refused and takes the guarded path below.
  const inserts = absent.map((batch) => ({
    _id: batch.id,
    ...batch.fields,
    rows: Object.fromEntries(batch.rows.map((row) => [row.key, row.value])),
  }));
  const refused = await insertMany(collection, inserts);
  let changed = inserts.length - refused.size;
  for (const index of refused) present.push({ batch: absent[index]!, rows: absent[index]!.rows });
  const merged: Projection<ProjectionChange> = { name: projection.name, project: (c) => [c] };
  for (const { batch, rows } of present) {
    const set = { ...batch.fields, ...Object.fromEntries(rows.map((r) => [r.path, r.value])) };
    changed += await store.apply(merged, asChange(batch.id, set), rows[0]!.position, collection);
  }
  const items = rest.map((event) => ({ event, position: event }));
  return changed + (await store.applyAll(projection, items, collection));
}

/** Inserts unordered; returns the positions refused because the `_id` exists. */
async function insertMany(
  collection: Collection<ReadModelDocument>,
  docs: readonly ReadModelDocument[],
): Promise<Set<number>> {
  if (docs.length === 0) return new Set();
  try {
    await collection.insertMany([...docs], { ordered: false });
    return new Set();
  } catch (error) {
    const indexes = duplicateKeyIndexes(error);
    if (!indexes) throw error;
    return new Set(indexes);
  }
}

/** The whole row a change sets (`$set` of `rows.<key>` and plain bucket fields), if that is all it does. */
function newRowOf(position: EventPosition) {
  return ({ update }: ProjectionChange): NewRow | undefined => {
    if (Object.keys(update).some((op) => op !== '$set')) return undefined;
    const paths = Object.keys(update.$set ?? {}).filter((field) => field.includes('.'));
    const path = paths[0];
    if (paths.length !== 1 || !path?.startsWith('rows.')) return undefined;
    const key = path.slice('rows.'.length);
    if (key.includes('.')) return undefined;
    return { key, path, value: (update.$set as Record<string, unknown>)[path], position };
  };
}
