/** Whether a write failed on a duplicate `_id` (alone, or among a bulk write's errors). */
export function isDuplicateKey(error: unknown): boolean {
  const { code, writeErrors } = error as { code?: unknown; writeErrors?: unknown };
  const list = (Array.isArray(writeErrors) ? writeErrors : [writeErrors]) as { code?: unknown }[];
  return code === 11000 || list.some((e) => e?.code === 11000);
}

/**
 * Runs an upsert by `_id`, again if it lost a race: two writers upserting a document that does not
 * exist yet can both try to insert it, and on FerretDB (which does not retry such an upsert itself,
 * as MongoDB does) the loser fails with a duplicate key (seen in CI on the contact list heads: two
 * imports committed at once, one answered 500). The second time the document exists, so the upsert
 * updates it. Only for writes that may run twice (a new head token, whichever writer's it is).
 */
export async function againOnDuplicateKey<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return write();
  }
}
