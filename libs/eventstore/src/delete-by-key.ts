import type { Collection, Filter } from 'mongodb';

/**
 * Deletes documents one `_id` at a time, in one round trip. On FerretDB only a filter whose single
 * key is `_id` reaches an index; `{_id: {$in}}` or any other field would scan the collection.
 */
export async function deleteByKey<T extends { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await collection.bulkWrite(
    ids.map((_id) => ({ deleteOne: { filter: { _id } as Filter<T> } })),
    { ordered: false },
  );
}
