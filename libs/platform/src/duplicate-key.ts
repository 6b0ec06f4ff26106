/** MongoDB's error code for a write refused by a unique index (a duplicate `_id` or key). */
const DUPLICATE_KEY = 11000;

interface WriteError {
  readonly code?: unknown;
  readonly index?: unknown;
}

/** The write errors a (bulk) write failed with, whether the driver gave an array or one object. */
function writeErrorsOf(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const raw = (error as { writeErrors?: unknown }).writeErrors;
  if (Array.isArray(raw)) return raw;
  return raw === undefined || raw === null ? [] : [raw];
}

const codeOf = (entry: unknown): unknown =>
  typeof entry === 'object' && entry !== null ? (entry as WriteError).code : undefined;

/**
 * Whether a write was refused for a duplicate key: the error itself carries code 11000, or one of a
 * bulk write's errors does. Anything that is not such an error (including null) answers false.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { code?: unknown }).code === DUPLICATE_KEY) return true;
  return writeErrorsOf(error).some((e) => codeOf(e) === DUPLICATE_KEY);
}

/**
 * The positions an unordered bulk insert refused as duplicates, so the caller can carry on with
 * the rest. Undefined unless the error has write errors and every one is a duplicate key with a
 * numeric `index`: any other failure is the caller's to rethrow.
 */
export function duplicateKeyIndexes(error: unknown): number[] | undefined {
  const list = writeErrorsOf(error);
  if (list.length === 0) return undefined;
  const indexes: number[] = [];
  for (const entry of list) {
    const index = codeOf(entry) === DUPLICATE_KEY ? (entry as WriteError).index : undefined;
    if (typeof index !== 'number') return undefined;
    indexes.push(index);
  }
  return indexes;
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
    if (!isDuplicateKeyError(error)) throw error;
    return write();
  }
}
