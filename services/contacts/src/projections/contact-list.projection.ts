import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { ContactDetails, Tag } from '../domain/contact-details';
import type { UndeliverableMark } from '../domain/email-deliverability';
import type { ContactEventAt } from './contact-event-at';
import { type MemberBuckets, rowAddress } from './member-buckets';
import { searchKey } from './search-key';

export const CONTACT_LIST = 'contact_list';

/**
 * The member's contact list in 64 bucket documents. Sizing: a row is about 0.7 KB for a typical
 * contact (a LinkedIn import: name, email, profile URL, organisation, role, plus search and sort
 * keys) and about 15.5 KB with every field and 50 tags at their limits; 10,000 contacts spread
 * ~156 per bucket (~190 in the fullest), so a bucket holds ~110 KB typically and 3 MB in the worst
 * case (9 MB if every character took three bytes), under MongoDB's 16 MB, version guards (~30 bytes
 * per contact) included: member-buckets.unit.spec.ts measures it. A change to one contact rewrites
 * ~110 KB; listing reads 64 documents by `_id`.
 */
export const LIST_BUCKETS: MemberBuckets = { name: CONTACT_LIST, count: 64 };

/** One row of the contact list as stored: what list, search, filters, counts and exports need. */
export interface ContactListRow {
  contactId: string;
  status: 'active' | 'archived' | 'erased';
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  linkedinUrl?: string;
  organisation?: string;
  role?: string;
  industry?: string;
  howWeMet?: string;
  warmth?: string;
  source?: string;
  tags: Tag[];
  /** `kind:value` lowercased, for filtering by tag, organisation or industry in one field. */
  tagKeys: string[];
  organisationKey?: string;
  industryKey?: string;
  searchText?: string;
  /** Family name, given name, id: the list's stable order. */
  sortKey: string;
  referredBy?: string;
  mayUseReferrerName?: boolean;
  noteCount: number;
  /** The last bounce and its address: shown while the listed email is still that address. */
  emailUndeliverable?: UndeliverableMark;
  addedAt: Date;
  updatedAt: Date;
}

const PERSONAL: (keyof ContactDetails)[] = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'linkedinUrl',
  'organisation',
  'role',
  'industry',
  'howWeMet',
];

function detailFields(details: ContactDetails): Record<string, unknown> {
  const name = `${details.familyName} ${details.givenName}`;
  return {
    ...Object.fromEntries(PERSONAL.map((key) => [key, details[key] ?? null])),
    organisationKey: details.organisation ? searchKey(details.organisation) : null,
    industryKey: details.industry ? searchKey(details.industry) : null,
    searchText: searchKey(
      [details.givenName, details.familyName, details.organisation, details.role].join(' '),
    ),
    sortKey: searchKey(name),
  };
}

/** `fields` under the row's path, e.g. `rows.<contact>.warmth`. */
function under(path: string, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [`${path}.${key}`, value]),
  );
}

/** The driver's types cannot see array fields on a generic read-model document. */
function arrayUpdate(
  operator: '$push' | '$pull',
  fields: Record<string, unknown>,
  set: Record<string, unknown>,
): ProjectionChange['update'] {
  return { [operator]: fields, $set: set };
}

export const tagKey = (tag: Tag): string => `${tag.kind}:${searchKey(tag.value)}`;

/**
 * The contact list read model: a row per contact in the member's buckets, personal data gone once
 * erased. Every change names fields under the row's own path, so changes to two contacts of one
 * bucket never overwrite each other, and the runtime's per-stream guard keeps each contact's
 * changes in order inside the shared document.
 */
export const contactListProjection: Projection<ContactEventAt> = {
  name: CONTACT_LIST,
  project({ tenantId, event, occurredAt }): ProjectionChange[] {
    const { memberId, contactId } = event.data;
    const { id, path } = rowAddress(LIST_BUCKETS, tenantId, memberId, contactId);
    const set = (fields: Record<string, unknown>) => ({
      $set: under(path, { ...fields, updatedAt: occurredAt }),
    });
    switch (event.type) {
      case 'ContactAdded': {
        const { details, warmth, source, tags } = event.data;
        const row = {
          contactId,
          status: 'active',
          ...detailFields(details),
          warmth: warmth ?? null,
          source: source ?? null,
          tags,
          tagKeys: tags.map(tagKey),
          noteCount: 0,
          addedAt: occurredAt,
          updatedAt: occurredAt,
        };
        return [{ id, update: { $set: { tenantId, memberId, [path]: row } } }];
      }
      case 'ContactDetailsChanged':
        return [{ id, update: set(detailFields(event.data.details)) }];
      case 'ContactClassified':
        return [{ id, update: set({ warmth: event.data.warmth, source: event.data.source }) }];
      case 'ContactTagged': {
        const { tag } = event.data;
        const pushed = under(path, { tags: tag, tagKeys: tagKey(tag) });
        return [{ id, update: arrayUpdate('$push', pushed, set({}).$set) }];
      }
      case 'ContactUntagged': {
        const { kind, value } = event.data.tag;
        const pulled = under(path, { tags: { kind, value }, tagKeys: tagKey(event.data.tag) });
        return [{ id, update: arrayUpdate('$pull', pulled, set({}).$set) }];
      }
      case 'ReferralRecorded': {
        const { referredByContactId, mayUseReferrerName } = event.data;
        return [{ id, update: set({ referredBy: referredByContactId, mayUseReferrerName }) }];
      }
      case 'ResearchNoteAdded':
        return [{ id, update: { $inc: { [`${path}.noteCount`]: 1 }, ...set({}) } }];
      case 'ResearchNoteEdited':
        return [{ id, update: set({}) }];
      case 'ContactEmailMarkedUndeliverable': {
        const { email, kind, reason, at } = event.data;
        const mark: UndeliverableMark = { email, kind, reason, since: at };
        return [{ id, update: set({ emailUndeliverable: mark }) }];
      }
      case 'ContactArchived':
        return [{ id, update: set({ status: 'archived' }) }];
      case 'ContactRestored':
        return [{ id, update: set({ status: 'active' }) }];
      case 'ContactErased': {
        const personal = [
          ...PERSONAL,
          'organisationKey',
          'industryKey',
          'searchText',
          'emailUndeliverable',
        ];
        return [
          {
            id,
            update: {
              ...set({ status: 'erased', tags: [], tagKeys: [], sortKey: '' }),
              $unset: under(path, Object.fromEntries(personal.map((key) => [key, '']))),
            },
          },
        ];
      }
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
