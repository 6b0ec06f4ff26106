import type { Collection, Db } from 'mongodb';
import {
  directoryKey,
  type DirectoryDocument,
  PEOPLE_DIRECTORY,
} from '../institutions/projections/institution-read-models';

export type DirectoryEntry = DirectoryDocument;

/**
 * People of every institution as the gateway consults them on each request, one document per
 * person by `_id` `tenant|person`: the institutions context's read model (kept by its projections
 * on every append). Read from its collection directly, not through the projection's meta document:
 * this runs on every forwarded call of a coach, and one read is what it may cost.
 */
export class PeopleDirectory {
  private readonly people: Collection<DirectoryEntry>;

  constructor(db: Db) {
    this.people = db.collection<DirectoryEntry>(PEOPLE_DIRECTORY);
  }

  find(tenantId: string, personId: string): Promise<DirectoryEntry | null> {
    return this.people.findOne({ _id: directoryKey(tenantId, personId) });
  }

  async assignedMembers(tenantId: string, personId: string): Promise<readonly string[]> {
    const entry = await this.find(tenantId, personId);
    // A removed coach follows nobody, whatever a stale document says.
    return entry?.status === 'removed' ? [] : (entry?.assignedMemberIds ?? []);
  }
}
