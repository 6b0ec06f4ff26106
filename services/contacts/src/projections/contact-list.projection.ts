import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { ContactDetails, Tag } from '../domain/contact-details';
import type { UndeliverableMark } from '../domain/email-deliverability';
import { type ContactEventAt, contactDocumentId } from './contact-event-at';
import { searchKey } from './search-key';

export const CONTACT_LIST = 'contact_list';

/** One row of the contact list as stored: what list, search, filters, counts and exports need. */
export interface ContactListDocument {
  _id: string;
  tenantId: string;
  memberId: string;
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

/** The driver's types cannot see array fields on a generic read-model document. */
function arrayUpdate(
  operator: '$push' | '$pull',
  fields: Record<string, unknown>,
  set: Record<string, unknown>,
): ProjectionChange['update'] {
  return { [operator]: fields, $set: set };
}

export const tagKey = (tag: Tag): string => `${tag.kind}:${searchKey(tag.value)}`;

/** The contact list read model: one document per contact, personal data gone once erased. */
export const contactListProjection: Projection<ContactEventAt> = {
  name: CONTACT_LIST,
  project({ tenantId, event, occurredAt }): ProjectionChange[] {
    const id = contactDocumentId(tenantId, event.data.memberId, event.data.contactId);
    const touched = { updatedAt: occurredAt };
    switch (event.type) {
      case 'ContactAdded': {
        const { memberId, contactId, details, warmth, source, tags } = event.data;
        return [
          {
            id,
            update: {
              $set: {
                tenantId,
                memberId,
                contactId,
                status: 'active',
                ...detailFields(details),
                warmth: warmth ?? null,
                source: source ?? null,
                tags,
                tagKeys: tags.map(tagKey),
                noteCount: 0,
                addedAt: occurredAt,
                ...touched,
              },
            },
          },
        ];
      }
      case 'ContactDetailsChanged':
        return [{ id, update: { $set: { ...detailFields(event.data.details), ...touched } } }];
      case 'ContactClassified':
        return [
          {
            id,
            update: { $set: { warmth: event.data.warmth, source: event.data.source, ...touched } },
          },
        ];
      case 'ContactTagged':
        return [
          {
            id,
            update: arrayUpdate(
              '$push',
              {
                tags: event.data.tag,
                tagKeys: tagKey(event.data.tag),
              },
              touched,
            ),
          },
        ];
      case 'ContactUntagged':
        return [
          {
            id,
            update: arrayUpdate(
              '$pull',
              {
                tags: { kind: event.data.tag.kind, value: event.data.tag.value },
                tagKeys: tagKey(event.data.tag),
              },
              touched,
            ),
          },
        ];
      case 'ReferralRecorded':
        return [
          {
            id,
            update: {
              $set: {
                referredBy: event.data.referredByContactId,
                mayUseReferrerName: event.data.mayUseReferrerName,
                ...touched,
              },
            },
          },
        ];
      case 'ResearchNoteAdded':
        return [{ id, update: { $inc: { noteCount: 1 }, $set: touched } }];
      case 'ResearchNoteEdited':
        return [{ id, update: { $set: touched } }];
      case 'ContactEmailMarkedUndeliverable': {
        const { email, kind, reason, at } = event.data;
        const mark: UndeliverableMark = { email, kind, reason, since: at };
        return [{ id, update: { $set: { emailUndeliverable: mark, ...touched } } }];
      }
      case 'ContactArchived':
        return [{ id, update: { $set: { status: 'archived', ...touched } } }];
      case 'ContactRestored':
        return [{ id, update: { $set: { status: 'active', ...touched } } }];
      case 'ContactErased':
        return [
          {
            id,
            update: {
              $set: { status: 'erased', tags: [], tagKeys: [], sortKey: '', ...touched },
              $unset: Object.fromEntries(
                [
                  ...PERSONAL,
                  'organisationKey',
                  'industryKey',
                  'searchText',
                  'emailUndeliverable',
                ].map((k) => [k, '']),
              ),
            },
          },
        ];
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
