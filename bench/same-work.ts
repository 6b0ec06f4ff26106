import type { Db } from 'mongodb';

/** Documents per non-empty collection of `db`, by name. */
async function documentCounts(db: Db): Promise<Map<string, number>> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  const counts = new Map<string, number>();
  for (const name of names.sort()) {
    const count = await db.collection(name).countDocuments();
    if (count > 0) counts.set(name, count);
  }
  return counts;
}

function describe(counts: Map<string, number>): string {
  return [...counts].map(([name, count]) => `${name} ${count}`).join(', ') || 'nothing';
}

/**
 * Fails unless the baseline's database holds as many documents in each collection as the
 * library's: a baseline that writes less than the library (say, after the library starts keeping
 * another document per append) would make the ratio flatter the library. Returns the counts, for
 * the notes. Counting reads whole collections, so it runs after the timed parts.
 */
export async function assertSameDocuments(
  library: Db,
  baseline: Db,
  what: string,
): Promise<string> {
  const [lib, raw] = await Promise.all([documentCounts(library), documentCounts(baseline)]);
  const names = new Set([...lib.keys(), ...raw.keys()]);
  const differ = [...names].filter((name) => lib.get(name) !== raw.get(name));
  if (differ.length > 0)
    throw new Error(
      `${what}: the baseline no longer writes what the library writes ` +
        `(library: ${describe(lib)}; baseline: ${describe(raw)})`,
    );
  return describe(lib);
}
