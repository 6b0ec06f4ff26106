import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { InstitutionDefaultsStore } from '../institution-policy/institution-defaults';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from './preferences';

type Field = keyof Preferences;
const FIELDS = Object.keys(DEFAULT_PREFERENCES) as Field[];

interface PreferencesDocument extends Preferences {
  _id: string;
  tenantId: string;
  memberId: string;
  version: number;
  updatedAt: Date;
  /**
   * The fields the member set; the others follow the institution (or the platform) and change
   * when its policy does. Documents saved before this existed hold only chosen values: all own.
   */
  own?: Field[];
}

export interface StoredPreferences {
  readonly preferences: Preferences;
  /** 0 while the member has never saved any (the defaults apply). */
  readonly version: number;
  /** The fields that come from the institution's policy because the member never set them. */
  readonly fromInstitution: Field[];
}

const idOf = (tenantId: string, memberId: string) => `${tenantId}:${memberId}`;

/**
 * One document per member, layered on the institution's time zone and quiet hours: a field the
 * member never set follows the institution's latest policy, one they set is theirs to keep.
 */
export class PreferencesStore {
  private readonly collection: Collection<PreferencesDocument>;
  readonly institutions: InstitutionDefaultsStore;

  constructor(db: Db) {
    this.collection = db.collection<PreferencesDocument>('preferences');
    this.institutions = new InstitutionDefaultsStore(db);
  }

  async get(tenantId: string, memberId: string): Promise<StoredPreferences> {
    const [doc, institution] = await Promise.all([
      this.collection.findOne({ _id: idOf(tenantId, memberId) }),
      this.institutions.current(tenantId),
    ]);
    const defaults: Preferences = { ...DEFAULT_PREFERENCES, ...institution };
    const own = new Set<Field>(doc ? (doc.own ?? FIELDS) : []);
    const pick = <K extends Field>(field: K): Preferences[K] =>
      doc && own.has(field) ? doc[field] : defaults[field];
    const preferences: Preferences = {
      email: pick('email'),
      displayName: pick('displayName'),
      timeZone: pick('timeZone'),
      channels: pick('channels'),
      digest: pick('digest'),
      quietHours: pick('quietHours'),
    };
    const fromInstitution = (Object.keys(institution) as Field[]).filter((f) => !own.has(f));
    return { preferences, version: doc?.version ?? 0, fromInstitution };
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
    const chosen = Object.keys(patch) as Field[];
    const fromInstitution = current.fromInstitution.filter((field) => !chosen.includes(field));
    const doc: PreferencesDocument = {
      _id: idOf(tenantId, memberId),
      tenantId,
      memberId,
      ...preferences,
      own: FIELDS.filter((field) => !fromInstitution.includes(field)),
      version: expectedVersion + 1,
      updatedAt: at,
    };
    if (expectedVersion === 0) {
      try {
        await this.collection.insertOne(doc);
      } catch (error) {
        if (isDuplicateKeyError(error)) return undefined;
        throw error;
      }
    } else {
      const result = await this.collection.replaceOne(
        { _id: doc._id, version: expectedVersion },
        doc,
      );
      if (result.matchedCount === 0) return undefined;
    }
    return { preferences, version: doc.version, fromInstitution };
  }

  /** Members who want a digest (the digest scheduler starts from these). */
  async withDigest(tenantId?: string): Promise<Array<{ tenantId: string; memberId: string }>> {
    return this.collection
      .find({ ...(tenantId ? { tenantId } : {}), 'digest.enabled': true })
      .project<{ tenantId: string; memberId: string }>({ _id: 0, tenantId: 1, memberId: 1 })
      .toArray();
  }
}
