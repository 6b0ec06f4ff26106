import type { EventMessage } from '@rapport/contracts';

/** The details outreach keeps of a contact: enough to address, greet and group by organisation. */
export interface DirectoryDetails {
  readonly givenName: string;
  readonly familyName: string;
  readonly email?: string;
  readonly organisation?: string;
  readonly role?: string;
}

/** A change to the contact directory, heard from the contacts context. */
export type DirectoryChange =
  | {
      readonly kind: 'listed' | 'details-changed';
      readonly memberId: string;
      readonly contactId: string;
      readonly details: DirectoryDetails;
    }
  | {
      readonly kind: 'archived' | 'restored' | 'erased';
      readonly memberId: string;
      readonly contactId: string;
    };

/** A change with the contacts stream position it came from (the version guards the document). */
export interface DirectoryChangeAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly change: DirectoryChange;
}

const present = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

function detailsOf(wire: {
  givenName: string;
  familyName: string;
  email: string;
  organisation: string;
  role: string;
}): DirectoryDetails {
  const email = present(wire.email);
  const organisation = present(wire.organisation);
  const role = present(wire.role);
  return {
    givenName: wire.givenName,
    familyName: wire.familyName,
    ...(email ? { email } : {}),
    ...(organisation ? { organisation } : {}),
    ...(role ? { role } : {}),
  };
}

/** The directory change an integration event of the contacts context means, if any. */
export function directoryChangeOf(payload: EventMessage): DirectoryChange | undefined {
  switch (payload.$typeName) {
    case 'rapport.contacts.v1.ContactAdded':
      return { kind: 'listed', ...idsOf(payload), details: detailsOf(payload) };
    case 'rapport.contacts.v1.ContactDetailsChanged':
      return { kind: 'details-changed', ...idsOf(payload), details: detailsOf(payload) };
    case 'rapport.contacts.v1.ContactArchived':
      return { kind: 'archived', ...idsOf(payload) };
    case 'rapport.contacts.v1.ContactRestored':
      return { kind: 'restored', ...idsOf(payload) };
    case 'rapport.contacts.v1.ContactErased':
      return { kind: 'erased', ...idsOf(payload) };
    default:
      // Classification, referrals and other contexts' events change nothing outreach keeps.
      return undefined;
  }
}

function idsOf(payload: { memberId: string; contactId: string }) {
  return { memberId: payload.memberId, contactId: payload.contactId };
}
