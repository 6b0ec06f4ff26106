import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

/** A value together with the version it was published under. */
export interface Versioned<T> {
  readonly version: number;
  readonly value: T;
}

interface VersionDocument<T> {
  _id: string;
  key: string;
  version: number;
  value: T;
}

interface HeadDocument {
  _id: string;
  version: number;
}

/** Versions are zero-padded in ids so they read in order, as event keys do. */
const versionId = (key: string, version: number) => `${key}|${String(version).padStart(10, '0')}`;

/**
 * The highest published version of something per key (an institution's policy per tenant), kept
 * so that an older version arriving late never replaces a newer one.
 *
 * FerretDB 1.24 loses concurrent in-place updates of one document, so "write only if higher" on a
 * single document is not safe against two writers. Instead every version is inserted once under
 * its own `_id` (`key|<padded version>`; a redelivery is a duplicate key, nothing else), and a
 * head document `{_id: key}` only hints at the latest: a reader starts at the head and probes the
 * next versions by `_id`, so a head left behind by a lost update hides nothing. Versions grow by
 * one per change, which is what makes probing by `_id` enough. Every read and write is by `_id`.
 */
export class LatestVersionStore<T> {
  private readonly versions: Collection<VersionDocument<T>>;
  private readonly heads: Collection<HeadDocument>;

  constructor(db: Db, collectionName: string) {
    this.versions = db.collection<VersionDocument<T>>(collectionName);
    this.heads = db.collection<HeadDocument>(`${collectionName}_heads`);
  }

  /** Records a version; answers whether it is now the latest known one. */
  async offer(key: string, version: number, value: T): Promise<'latest' | 'older' | 'seen'> {
    try {
      await this.versions.insertOne({ _id: versionId(key, version), key, version, value });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return 'seen';
    }
    // Two first offers for a key can both find no head and both upsert it: the loser's upsert is
    // a duplicate key, and looking at the head again settles which version it now holds.
    for (let attempt = 0; ; attempt += 1) {
      const head = await this.heads.findOne({ _id: key });
      if (head && head.version >= version) return 'older';
      try {
        // A lost race here leaves the head behind, never ahead: readers probe past it.
        await this.heads.replaceOne({ _id: key }, { version }, { upsert: true });
        return 'latest';
      } catch (error) {
        if (!isDuplicateKeyError(error) || attempt > 0) throw error;
      }
    }
  }

  /** The latest version recorded for the key, if any. */
  async latest(key: string): Promise<Versioned<T> | undefined> {
    const head = await this.heads.findOne({ _id: key });
    let found: VersionDocument<T> | null = head
      ? await this.versions.findOne({ _id: versionId(key, head.version) })
      : null;
    for (let next = (head?.version ?? 0) + 1; ; next += 1) {
      const newer = await this.versions.findOne({ _id: versionId(key, next) });
      if (!newer) break;
      found = newer;
    }
    return found ? { version: found.version, value: found.value } : undefined;
  }
}
