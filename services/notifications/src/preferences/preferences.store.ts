import type { Collection, Db } from 'mongodb';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from './preferences';

interface PreferencesDocument extends Preferences {
  _id: string;
  tenantId: string;
  memberId: string;
  version: number;
  updatedAt: Date;
}

export interface StoredPreferences {
  readonly preferences: Preferences;
  /** 0 while the member has never saved any (the defaults apply). */
  readonly version: number;
}

const idOf = (tenantId: string, memberId: string) => `${tenantId}:${memberId}`;

/** One document per member; the defaults until the member saves their own. */
export class PreferencesStore {
  private readonly collection: Collection<PreferencesDocument>;

  constructor(db: Db) {
    this.collection = db.collection<PreferencesDocument>('preferences');
  }

  async get(tenantId: string, memberId: string): Promise<StoredPreferences> {
    const doc = await this.collection.findOne({ _id: idOf(tenantId, memberId) });
    if (!doc) return { preferences: DEFAULT_PREFERENCES, version: 0 };
    const { email, displayName, timeZone, channels, digest, quietHours, version } = doc;
    return { preferences: { email, displayName, timeZone, channels, digest, quietHours }, version };
  }

  /**
   * Applies a change at the version the caller read; undefined when another change got in first.
   */
  async update(
    tenantId: string,
    memberId: string,
    patch: PreferencesPatch,
    expectedVersion: number,
    at: Date,
  ): Promise<StoredPreferences | undefined> {
    const current = await this.get(tenantId, memberId);
    if (current.version !== expectedVersion) return undefined;
    const preferences: Preferences = { ...current.preferences, ...patch };
    const doc: PreferencesDocument = {
      _id: idOf(tenantId, memberId),
      tenantId,
      memberId,
      ...preferences,
      version: expectedVersion + 1,
      updatedAt: at,
    };
    if (expectedVersion === 0) {
      try {
        await this.collection.insertOne(doc);
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return undefined;
        throw error;
      }
    } else {
      const result = await this.collection.replaceOne(
        { _id: doc._id, version: expectedVersion },
        doc,
      );
      if (result.matchedCount === 0) return undefined;
    }
    return { preferences, version: doc.version };
  }

  /** Members who want a digest (the digest scheduler starts from these). */
  async withDigest(tenantId?: string): Promise<Array<{ tenantId: string; memberId: string }>> {
    return this.collection
      .find({ ...(tenantId ? { tenantId } : {}), 'digest.enabled': true })
      .project<{ tenantId: string; memberId: string }>({ _id: 0, tenantId: 1, memberId: 1 })
      .toArray();
  }
}
