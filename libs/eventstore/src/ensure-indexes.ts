import type { Collection, Document, IndexDescription } from 'mongodb';

/**
 * Creates the named indexes a collection lacks, leaving existing ones alone. Asking FerretDB 1.24
 * to create an index that already exists on a populated collection makes it drop the connection
 * (a server-side panic), so start-up code never re-issues a create for an index it already has.
 */
export async function ensureIndexes<T extends Document>(
  collection: Collection<T>,
  indexes: (IndexDescription & { name: string })[],
): Promise<void> {
  // A collection that does not exist yet has no indexes (and listing them fails).
  const existing = new Set((await collection.indexes().catch(() => [])).map((index) => index.name));
  const missing = indexes.filter((index) => !existing.has(index.name));
  if (missing.length > 0) await collection.createIndexes(missing);
}
