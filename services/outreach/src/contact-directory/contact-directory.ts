import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { DB } from '@rapport/service-skeleton';
import { ProjectionStore } from '@rapport/messaging';
import { relationshipDocumentId } from '../projections/outreach-event-at';
import type { DirectoryChangeAt } from './contact-directory-change';
import {
  CONTACT_DIRECTORY,
  type ContactDirectoryDocument,
  contactDirectoryProjection,
} from './contact-directory.projection';
import {
  type DirectoryEntry,
  directoryBucketId,
  directoryBucketIds,
  MEMBER_DIRECTORY,
  type MemberDirectoryDocument,
  memberDirectoryProjection,
} from './member-directory.projection';

/**
 * The contacts of each member as outreach needs them (names for greetings, the address to write
 * to, the organisation for 3B7), kept from the contacts context's integration events. Each change
 * is guarded by the contact stream's version, so a redelivered event changes nothing.
 */
@Injectable()
export class ContactDirectory {
  private readonly store: ProjectionStore;

  constructor(@Inject(DB) db: Db) {
    this.store = new ProjectionStore(db);
  }

  /** Both read models: the contact's own document and its entry in the member's directory. */
  async apply(change: DirectoryChangeAt): Promise<number> {
    return (
      (await this.store.apply(contactDirectoryProjection, change, change)) +
      (await this.store.apply(memberDirectoryProjection, change, change))
    );
  }

  collection(): Promise<Collection<ContactDirectoryDocument>> {
    return this.store.active<ContactDirectoryDocument>(CONTACT_DIRECTORY);
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

  /** Names and organisations of some of a member's contacts, from their directory buckets. */
  async ofMember(
    tenantId: string,
    memberId: string,
    contactIds: readonly string[],
  ): Promise<Map<string, DirectoryEntry>> {
    const ids = [...new Set(contactIds.map((c) => directoryBucketId(tenantId, memberId, c)))];
    const wanted = new Set(contactIds);
    const entries = await this.entries(ids);
    return new Map(entries.filter((e) => wanted.has(e.contactId)).map((e) => [e.contactId, e]));
  }

  /**
   * The member's active contacts at an organisation (matched folded), in name order: filtered
   * from the member's directory buckets, then each one's own document by `_id`.
   */
  async atOrganisation(
    tenantId: string,
    memberId: string,
    organisationKey: string,
  ): Promise<ContactDirectoryDocument[]> {
    const matches = (await this.entries(directoryBucketIds(tenantId, memberId)))
      .filter((e) => e.status === 'active' && e.organisationKey === organisationKey)
      .sort(
        (a, b) =>
          compare(a.familyName, b.familyName) ||
          compare(a.givenName, b.givenName) ||
          compare(a.contactId, b.contactId),
      );
    const docs = await Promise.all(matches.map((e) => this.find(tenantId, memberId, e.contactId)));
    return docs.filter((doc): doc is ContactDirectoryDocument => doc?.status === 'active');
  }

  private async entries(bucketIds: readonly string[]): Promise<DirectoryEntry[]> {
    const members = await this.store.active<MemberDirectoryDocument>(MEMBER_DIRECTORY);
    const docs = await Promise.all(bucketIds.map((_id) => members.findOne({ _id })));
    return docs.flatMap((doc) => Object.values(doc?.contacts ?? {}));
  }
}

/** Binary order, as MongoDB sorts strings without a collation; a missing name sorts first. */
function compare(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
