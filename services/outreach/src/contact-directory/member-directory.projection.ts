import type { Projection, ProjectionChange } from '@rapport/messaging';
import { bucketOf, fieldKey, memberBucketIds } from '../projections/read-model-keys';
import type { DirectoryChangeAt } from './contact-directory-change';
import { type ContactDirectoryDocument, organisationKey } from './contact-directory.projection';

export const MEMBER_DIRECTORY = 'contact_directory_members';

/** What a member's screens need of each contact: the name shown and the organisation to group by. */
export type DirectoryEntry = Pick<
  ContactDirectoryDocument,
  'contactId' | 'status' | 'givenName' | 'familyName' | 'organisation' | 'organisationKey'
>;

/**
 * A sixteenth of a member's directory (`tenant|member|directory|<bucket>`), entries keyed by
 * contact: the board's names and 3B7's colleagues come from sixteen `_id` reads. An entry is
 * ~200 bytes with its stream's version guard, so 10,000 contacts make ~130 KB a bucket.
 */
export interface MemberDirectoryDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contacts?: Record<string, DirectoryEntry>;
}

export const directoryBucketIds = (tenantId: string, memberId: string): string[] =>
  memberBucketIds(`${tenantId}|${memberId}|directory`);

export const directoryBucketId = (tenantId: string, memberId: string, contactId: string) =>
  directoryBucketIds(tenantId, memberId)[bucketOf(contactId)]!;

const NAMED = ['givenName', 'familyName', 'organisation', 'organisationKey'] as const;

/** The member's directory read model: the same changes as the per-contact one, bucketed. */
export const memberDirectoryProjection: Projection<DirectoryChangeAt> = {
  name: MEMBER_DIRECTORY,
  project({ tenantId, change }): ProjectionChange[] {
    const { memberId, contactId } = change;
    const entry = `contacts.${fieldKey(contactId)}`;
    const fields = (values: Record<string, unknown>): Record<string, unknown> => {
      const set: Record<string, unknown> = {
        tenantId,
        memberId,
        [`${entry}.contactId`]: contactId,
      };
      for (const [field, value] of Object.entries(values)) set[`${entry}.${field}`] = value;
      return set;
    };
    const id = directoryBucketId(tenantId, memberId, contactId);
    switch (change.kind) {
      case 'listed':
      case 'details-changed': {
        const { givenName, familyName, organisation } = change.details;
        const named = {
          givenName,
          familyName,
          organisation: organisation ?? null,
          organisationKey: organisation ? organisationKey(organisation) : null,
        };
        const status = change.kind === 'listed' ? { status: 'active' } : {};
        return [{ id, update: { $set: fields({ ...named, ...status }) } }];
      }
      case 'archived':
        return [{ id, update: { $set: fields({ status: 'archived' }) } }];
      case 'restored':
        return [{ id, update: { $set: fields({ status: 'active' }) } }];
      case 'erased':
        return [
          {
            id,
            update: {
              $set: fields({ status: 'erased' }),
              $unset: Object.fromEntries(NAMED.map((field) => [`${entry}.${field}`, ''])),
            },
          },
        ];
      default: {
        const unexpected: never = change;
        return unexpected;
      }
    }
  },
};
