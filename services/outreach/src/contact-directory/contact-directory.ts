import type { Collection, Db } from 'mongodb';
import { ProjectionStore } from '@rapport/messaging';
import { relationshipDocumentId } from '../projections/outreach-event-at';
import type { DirectoryChangeAt } from './contact-directory-change';
import {
  CONTACT_DIRECTORY,
  type ContactDirectoryDocument,
  contactDirectoryProjection,
} from './contact-directory.projection';

/**
 * The contacts of each member as outreach needs them (names for greetings, the address to write
 * to, the organisation for 3B7), kept from the contacts context's integration events. Each change
 * is guarded by the contact stream's version, so a redelivered event changes nothing.
 */
export class ContactDirectory {
  private readonly store: ProjectionStore;

  constructor(db: Db) {
    this.store = new ProjectionStore(db);
  }

  async apply(change: DirectoryChangeAt): Promise<number> {
    return this.store.apply(contactDirectoryProjection, change, change);
  }

  async collection(): Promise<Collection<ContactDirectoryDocument>> {
    return (await this.store.active(
      CONTACT_DIRECTORY,
    )) as unknown as Collection<ContactDirectoryDocument>;
  }

  async find(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<ContactDirectoryDocument | undefined> {
    const doc = await (
      await this.collection()
    ).findOne({ _id: relationshipDocumentId(tenantId, memberId, contactId) });
    return doc ?? undefined;
  }

  async ofMember(
    tenantId: string,
    memberId: string,
    contactIds: readonly string[],
  ): Promise<Map<string, ContactDirectoryDocument>> {
    if (contactIds.length === 0) return new Map();
    const docs = await (
      await this.collection()
    )
      .find({ _id: { $in: contactIds.map((c) => relationshipDocumentId(tenantId, memberId, c)) } })
      .toArray();
    return new Map(docs.map((doc) => [doc.contactId, doc]));
  }

  /** The member's active contacts at an organisation (matched folded), in name order. */
  async atOrganisation(
    tenantId: string,
    memberId: string,
    organisationKey: string,
  ): Promise<ContactDirectoryDocument[]> {
    return (await this.collection())
      .find({ tenantId, memberId, organisationKey, status: 'active' })
      .sort({ familyName: 1, givenName: 1, contactId: 1 })
      .toArray();
  }
}
