import { createHash } from 'node:crypto';
import type { Collection, UpdateFilter } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { GuardMemory } from './guard-memory';
import { KeyedLock } from './keyed-lock';
import { type DocumentUpdate, type MergedDocumentUpdate, mergeByDocument } from './merged-updates';
import type { EventPosition, ReadModelDocument } from './projection';

/** Field holding, per stream, the last version applied to the document. */
export const GUARD = '_applied';

/** One document change with the stream position of the event that caused it. */
export interface PositionedChange {
  readonly id: string;
  readonly update: UpdateFilter<ReadModelDocument>;
  readonly position: EventPosition;
}

type Guards = Map<string, Record<string, number>>;

/**
 * Writers in this process that touch the same documents take turns, so the guard each one reads
 * is still true when it writes (a retried request racing its first try, a rebuild's catch-up).
 */
const documents = new KeyedLock();

/** The guards this process last wrote or read, per document (see `GuardMemory`). */
const memory = new GuardMemory();

/** A consumer lost its partitions: its documents' remembered guards may be stale from now on. */
export function forgetGuards(dbName: string): void {
  memory.forgetDatabase(dbName);
}

export interface GuardedWriteOptions {
  /** Runs after the guards are read and before anything is written; a throw writes nothing. */
  readonly beforeWrite?: () => Promise<void>;
  /**
   * Take the guards this process remembers instead of reading them (those it does not remember
   * are read). Only for a caller that no other process can have overtaken on these streams'
   * versions since this process last wrote them: see `GuardMemory`.
   */
  readonly remembered?: boolean;
}

/**
 * Operations per bulk write. FerretDB 1.24 sometimes never answers an `update` command of 100
 * statements or more (measured: 101 on an empty collection, 100 on one of 20,000 documents;
 * 50 always answered, in about 60 ms), so larger batches go in slices of 50.
 */
export const MAX_WRITE_BATCH = 50;

/** Attempts when another process inserts one of our documents between our read and our write. */
const MAX_ATTEMPTS = 3;

/**
 * Applies changes in order, each at most once per stream version, in one ordered `bulkWrite`, a
 * document's successive changes folded into one update where that is exact (mergeByDocument).
 * FerretDB 1.24 serves only a single-key `{_id: <string>}` filter from its index, so the version
 * guard cannot sit in the write's filter (`{_id, $or: …}` scans the collection). Instead the
 * guards are read by `_id`, checked here, and every write filters on `_id` alone; the guard is
 * written with the change. The reads go out a slice at a time, as the writes do. Returns the number
 * of changes written (0 when all were seen before), however many updates they were folded into.
 */
export async function applyGuarded(
  collection: Collection<ReadModelDocument>,
  changes: readonly PositionedChange[],
  options: GuardedWriteOptions = {},
): Promise<number> {
  if (changes.length === 0) return 0;
  const ids = [...new Set(changes.map((c) => c.id))];
  const scope = `${collection.dbName}.${collection.collectionName}`;
  const keys = ids.map((id) => `${scope}\u0000${id}`);
  return documents.run(keys, async () => {
    for (let attempt = 1; ; attempt += 1) {
      const guards = await readGuards(collection, ids, options.remembered ? keys : undefined);
      const updates = guardedUpdates(changes, guards);
      try {
        await options.beforeWrite?.();
        if (updates.length === 0) {
          ids.forEach((id, i) => memory.set(keys[i]!, guards.get(id) ?? {}));
          return 0;
        }
        // Slices in order, each ordered: the same order as one ordered bulk write.
        for (let i = 0; i < updates.length; i += MAX_WRITE_BATCH) {
          const slice = updates.slice(i, i + MAX_WRITE_BATCH);
          await collection.bulkWrite(
            slice.map(({ id, update }) => ({
              updateOne: { filter: { _id: id }, update, upsert: true },
            })),
            { ordered: true },
          );
        }
        // Every document's guard as it now stands (the untouched ones as read).
        ids.forEach((id, i) => memory.set(keys[i]!, guards.get(id) ?? {}));
        return updates.reduce((sum, { folded }) => sum + folded, 0);
      } catch (error) {
        // Part of the write may have gone in: what these documents hold is unknown here now.
        memory.forget(keys);
        // Another process created one of these documents after we read it: what we wrote
        // before the failure now carries its guard, so reading again and retrying is exact.
        if (!isDuplicateKeyError(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  });
}

/**
 * The documents' guards: from memory for those remembered when `keys` are given (the caller's
 * memory is exact, see `GuardMemory`), read by `_id` for the others.
 */
async function readGuards(
  collection: Collection<ReadModelDocument>,
  ids: readonly string[],
  keys?: readonly string[],
): Promise<Guards> {
  const guards: Guards = new Map();
  const unknown: string[] = [];
  ids.forEach((id, i) => {
    const remembered = keys ? memory.get(keys[i]!) : undefined;
    if (remembered) guards.set(id, remembered);
    else unknown.push(id);
  });
  const docs: (ReadModelDocument | null)[] = [];
  for (let i = 0; i < unknown.length; i += MAX_WRITE_BATCH)
    docs.push(
      ...(await Promise.all(
        unknown
          .slice(i, i + MAX_WRITE_BATCH)
          .map((_id) => collection.findOne({ _id }, { projection: { [GUARD]: 1 } })),
      )),
    );
  for (const doc of docs) {
    if (doc) guards.set(doc._id, { ...((doc[GUARD] as Record<string, number> | undefined) ?? {}) });
  }
  return guards;
}

function guardedUpdates(
  changes: readonly PositionedChange[],
  guards: Guards,
): MergedDocumentUpdate[] {
  const updates: DocumentUpdate[] = [];
  for (const { id, update, position } of changes) {
    const key = streamKey(position);
    const applied = guards.get(id) ?? {};
    guards.set(id, applied);
    const seen = applied[key];
    if (seen !== undefined && seen >= position.version) continue;
    applied[key] = position.version;
    const $set = { ...(update.$set ?? {}), [`${GUARD}.${key}`]: position.version };
    updates.push({ id, update: { ...update, $set } });
  }
  return mergeByDocument(updates);
}

/** A short, dot-free key per stream, usable as a field name. */
export function streamKey({ tenantId, streamId }: EventPosition): string {
  return createHash('sha1').update(`${tenantId}\u0000${streamId}`).digest('base64url').slice(0, 16);
}
