import type { ContactDetails, Tag } from '../domain/contact-details';
import type { UndeliverableMark } from '../domain/email-deliverability';
import { searchKey } from './search-key';

/** What the list shows and filters on from a contact's details, with its search and sort keys. */
export interface ListedDetails {
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  linkedinUrl?: string;
  organisation?: string;
  role?: string;
  industry?: string;
  howWeMet?: string;
  /** Lowercased and accent-folded, for filtering by organisation or industry. */
  organisationKey?: string;
  industryKey?: string;
  searchText?: string;
  /** Family name, given name: with the contact id, the list's stable order. */
  sortKey: string;
}

/**
 * A row as stored in its bucket. The details travel as one JSON string: FerretDB decodes a
 * document field by field, so a bucket of ~156 rows costs several times more to read and rewrite
 * with a dozen detail fields per row than with one string, and the details only ever change whole
 * (added, changed, erased).
 */
export interface StoredContactRow {
  contactId: string;
  status: 'active' | 'archived' | 'erased';
  /** JSON of ListedDetails; gone once the contact is erased. */
  details?: string;
  warmth?: string | null;
  source?: string | null;
  tags: Tag[];
  referredBy?: string;
  mayUseReferrerName?: boolean;
  noteCount: number;
  /** The last bounce and its address: shown while the listed email is still that address. */
  emailUndeliverable?: UndeliverableMark;
  addedAt: Date;
  updatedAt: Date;
}

/** One row of the contact list as read: what list, search, filters, counts and exports need. */
export type ContactListRow = Omit<StoredContactRow, 'details'> &
  Partial<ListedDetails> & {
    sortKey: string;
    /** `kind:value` lowercased, for filtering by tag. */
    tagKeys: string[];
  };

export const tagKey = (tag: Tag): string => `${tag.kind}:${searchKey(tag.value)}`;

export function listedDetails(details: ContactDetails): ListedDetails {
  const { givenName, familyName, organisation, role, industry } = details;
  return {
    ...details,
    ...(organisation ? { organisationKey: searchKey(organisation) } : {}),
    ...(industry ? { industryKey: searchKey(industry) } : {}),
    searchText: searchKey([givenName, familyName, organisation, role].join(' ')),
    sortKey: searchKey(`${familyName} ${givenName}`),
  };
}

export function unpackRow(stored: StoredContactRow): ContactListRow {
  const { details, ...rest } = stored;
  const listed = details ? (JSON.parse(details) as ListedDetails) : { sortKey: '' };
  return { ...rest, ...listed, tagKeys: stored.tags.map(tagKey) };
}
