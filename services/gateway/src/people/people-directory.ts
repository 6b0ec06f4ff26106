import type { Collection, Db } from 'mongodb';

/** What the gateway needs to know of a person per request: a coach's assigned members. */
export interface DirectoryEntry {
  /** `${tenantId}|${personId}` */
  readonly _id: string;
  readonly assignedMemberIds: readonly string[];
}

/**
 * People of every institution as the gateway consults them on each request, one document per
 * person by `_id`. Seeded for the demo institution; the institutions context (issue 16, step 4)
 * will keep it as a read model of its events.
 */
export class PeopleDirectory {
  private readonly people: Collection<DirectoryEntry>;

  constructor(db: Db) {
    this.people = db.collection<DirectoryEntry>('people_directory');
  }

  async assignedMembers(tenantId: string, personId: string): Promise<readonly string[]> {
    const entry = await this.people.findOne({ _id: `${tenantId}|${personId}` });
    return entry?.assignedMemberIds ?? [];
  }

  async assign(tenantId: string, coachId: string, memberIds: readonly string[]): Promise<void> {
    await this.people.updateOne(
      { _id: `${tenantId}|${coachId}` },
      { $set: { assignedMemberIds: [...memberIds] } },
      { upsert: true },
    );
  }
}
