import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { UndeliverableMark } from '../domain/email-deliverability';
import type { ContactEventAt } from './contact-event-at';
import { listedDetails, type StoredContactRow } from './contact-list.row';
import { type MemberBuckets, rowAddress } from './member-buckets';

export const CONTACT_LIST = 'contact_list';

/**
 * The member's contact list in 64 bucket documents. Sizing: a row is about 0.7 KB for a typical
 * contact (a LinkedIn import: name, email, profile URL, organisation, role, plus search and sort
 * keys) and about 15.5 KB with every field and 50 tags at their limits; 10,000 contacts spread
 * ~156 per bucket (~190 in the fullest), so a bucket holds ~110 KB typically and 3 MB in the worst
 * case (9 MB if every character took three bytes), under MongoDB's 16 MB, version guards (~30 bytes
 * per contact) included: member-buckets.unit.spec.ts measures it. A change to one contact rewrites
 * ~110 KB; a screen reads the 64 documents by `_id` only when the member's list snapshot is stale
 * (see contact-list-snapshot.ts).
 */
export const LIST_BUCKETS: MemberBuckets = { name: CONTACT_LIST, count: 64 };

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
        const row: StoredContactRow = {
          contactId,
          status: 'active',
          details: JSON.stringify(listedDetails(details)),
          warmth: warmth ?? null,
          source: source ?? null,
          tags,
          noteCount: 0,
          addedAt: occurredAt,
          updatedAt: occurredAt,
        };
        return [{ id, update: { $set: { tenantId, memberId, [path]: row } } }];
      }
      case 'ContactDetailsChanged':
        return [
          { id, update: set({ details: JSON.stringify(listedDetails(event.data.details)) }) },
        ];
      case 'ContactClassified':
        return [{ id, update: set({ warmth: event.data.warmth, source: event.data.source }) }];
      case 'ContactTagged':
        return [
          { id, update: arrayUpdate('$push', { [`${path}.tags`]: event.data.tag }, set({}).$set) },
        ];
      case 'ContactUntagged': {
        const { kind, value } = event.data.tag;
        return [
          { id, update: arrayUpdate('$pull', { [`${path}.tags`]: { kind, value } }, set({}).$set) },
        ];
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
      case 'ContactErased':
        return [
          {
            id,
            update: {
              ...set({ status: 'erased', tags: [] }),
              $unset: under(path, { details: '', emailUndeliverable: '' }),
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
