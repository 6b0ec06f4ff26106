import type { Projection, ProjectionChange } from '@rapport/messaging';
import { relationshipDocumentId } from '../projections/outreach-event-at';
import type { DirectoryChangeAt, DirectoryDetails } from './contact-directory-change';

export const CONTACT_DIRECTORY = 'contact_directory';

/** A member's contact as outreach knows it; personal data gone once the contact is erased. */
export interface ContactDirectoryDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  status: 'active' | 'archived' | 'erased';
  givenName?: string;
  familyName?: string;
  email?: string | null;
  organisation?: string | null;
  /** Organisation folded for matching colleagues (3B7): case, accents and spacing ignored. */
  organisationKey?: string | null;
  role?: string | null;
}

const PERSONAL = ['givenName', 'familyName', 'email', 'organisation', 'organisationKey', 'role'];

export function organisationKey(organisation: string): string {
  return organisation
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function detailFields(details: DirectoryDetails): Record<string, unknown> {
  return {
    givenName: details.givenName,
    familyName: details.familyName,
    email: details.email ?? null,
    organisation: details.organisation ?? null,
    organisationKey: details.organisation ? organisationKey(details.organisation) : null,
    role: details.role ?? null,
  };
}

/** The contact directory read model: one document per contact of each member. */
export const contactDirectoryProjection: Projection<DirectoryChangeAt> = {
  name: CONTACT_DIRECTORY,
  project({ tenantId, change }): ProjectionChange[] {
    const { memberId, contactId } = change;
    const id = relationshipDocumentId(tenantId, memberId, contactId);
    switch (change.kind) {
      case 'listed':
        return [
          {
            id,
            update: {
              $set: {
                tenantId,
                memberId,
                contactId,
                status: 'active',
                ...detailFields(change.details),
              },
            },
          },
        ];
      case 'details-changed':
        return [{ id, update: { $set: detailFields(change.details) } }];
      case 'archived':
        return [{ id, update: { $set: { status: 'archived' } } }];
      case 'restored':
        return [{ id, update: { $set: { status: 'active' } } }];
      case 'erased':
        return [
          {
            id,
            update: {
              $set: { tenantId, memberId, contactId, status: 'erased' },
              $unset: Object.fromEntries(PERSONAL.map((field) => [field, ''])),
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
