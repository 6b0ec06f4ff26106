import { isDeepStrictEqual } from 'node:util';
import type { Db, Document, ObjectId } from 'mongodb';
import { timed } from './support';

type Doc = Document & { _id: ObjectId | string | number };

/** Every document of every collection of `db`, by collection name and `_id` (as EJSON-ish key). */
export type Snapshot = Map<string, Map<string, Doc>>;

const idOf = (doc: Doc) => JSON.stringify(doc._id);

export async function snapshot(db: Db): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const docs = await db.collection<Doc>(name).find({}).toArray();
    result.set(name, new Map(docs.map((doc) => [idOf(doc), doc])));
  }
  return result;
}

/** What a stretch of work left behind: per collection, documents it inserted and ones it changed. */
export interface Written {
  collections: { name: string; inserted: Doc[]; changed: Doc[]; previous: Doc[] }[];
  documents: number;
  summary: string;
}

/** The documents `after` holds that `before` did not, or held differently. Deletions are ignored. */
export function writtenBetween(before: Snapshot, after: Snapshot): Written {
  const collections: Written['collections'] = [];
  for (const [name, docs] of after) {
    const earlier = before.get(name) ?? new Map<string, Doc>();
    const inserted: Doc[] = [];
    const changed: Doc[] = [];
    const previous: Doc[] = [];
    for (const [id, doc] of docs) {
      const was = earlier.get(id);
      if (!was) inserted.push(doc);
      else if (!isDeepStrictEqual(was, doc)) {
        changed.push(doc);
        previous.push(was);
      }
    }
    if (inserted.length + changed.length > 0)
      collections.push({ name, inserted, changed, previous });
  }
  const documents = collections.reduce((n, c) => n + c.inserted.length + c.changed.length, 0);
  const summary = collections
    .map(
      (c) =>
        `${c.name} ${c.inserted.length} new${c.changed.length ? ` + ${c.changed.length} changed` : ''}`,
    )
    .join(', ');
  return { collections, documents, summary };
}

/**
 * The raw baseline of a stretch of library work: the driver writing the very documents it left,
 * into collections of `target` indexed as `source`'s are, one `insertMany` (unordered) of the new
 * documents and one `bulkWrite` of `_id`-keyed replacements of the changed ones per collection.
 * Creating the collections and indexes and putting the changed documents' earlier versions in
 * place are not timed; returns the milliseconds of the writes.
 */
export async function writeRaw(source: Db, target: Db, written: Written): Promise<number> {
  for (const { name, previous } of written.collections) {
    await target.createCollection(name).catch(() => undefined);
    for (const index of await source.collection(name).indexes()) {
      if (index.name === '_id_') continue;
      const { key, name: indexName, unique, sparse, partialFilterExpression } = index;
      await target.collection(name).createIndex(key, {
        ...(indexName ? { name: indexName } : {}),
        ...(unique ? { unique } : {}),
        ...(sparse ? { sparse } : {}),
        ...(partialFilterExpression ? { partialFilterExpression } : {}),
      });
    }
    if (previous.length > 0) await target.collection<Doc>(name).insertMany(previous);
  }
  return timed(async () => {
    for (const { name, inserted, changed } of written.collections) {
      const collection = target.collection<Doc>(name);
      if (inserted.length > 0) await collection.insertMany(inserted, { ordered: false });
      if (changed.length > 0)
        await collection.bulkWrite(
          changed.map((doc) => ({
            replaceOne: { filter: { _id: doc._id }, replacement: doc },
          })),
          { ordered: false },
        );
    }
  });
}
