import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { ContactEventAt } from './contact-event-at';
import { type MemberBuckets, rowAddress } from './member-buckets';

export const REFERRAL_GRAPH = 'referral_graph';

/**
 * The member's referral graph in 8 bucket documents (see member-buckets.ts). A node is ~150 bytes
 * (~0.5 KB with names and organisation at their limits), so 10,000 contacts make ~190 KB per
 * bucket (0.7 MB at the limits, measured in member-buckets.unit.spec.ts), and drawing a contact's
 * chain reads 8 small documents by `_id` rather than the whole contact list.
 */
export const GRAPH_BUCKETS: MemberBuckets = { name: REFERRAL_GRAPH, count: 8 };

/** A node of a member's referral graph, with its edge to the contact who referred them. */
export interface ReferralNode {
  contactId: string;
  label?: string;
  organisation?: string;
  status: 'active' | 'archived' | 'erased';
  referredBy?: string;
  mayUseReferrerName?: boolean;
}

/** Small rows, so drawing the graph reads names and edges only, not whole contacts. */
export const referralGraphProjection: Projection<ContactEventAt> = {
  name: REFERRAL_GRAPH,
  project({ tenantId, event }): ProjectionChange[] {
    const { memberId, contactId } = event.data;
    const { id, path } = rowAddress(GRAPH_BUCKETS, tenantId, memberId, contactId);
    const set = (fields: Record<string, unknown>): ProjectionChange[] => [
      {
        id,
        update: {
          $set: Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${path}.${k}`, v])),
        },
      },
    ];
    switch (event.type) {
      case 'ContactAdded': {
        const { details } = event.data;
        const node = {
          contactId,
          status: 'active',
          label: `${details.givenName} ${details.familyName}`,
          organisation: details.organisation ?? null,
        };
        return [{ id, update: { $set: { tenantId, memberId, [path]: node } } }];
      }
      case 'ContactDetailsChanged': {
        const { details } = event.data;
        return set({
          label: `${details.givenName} ${details.familyName}`,
          organisation: details.organisation ?? null,
        });
      }
      case 'ReferralRecorded':
        return set({
          referredBy: event.data.referredByContactId,
          mayUseReferrerName: event.data.mayUseReferrerName,
        });
      case 'ContactArchived':
        return set({ status: 'archived' });
      case 'ContactRestored':
        return set({ status: 'active' });
      case 'ContactErased':
        // The edge stays (who opened which door is not personal data); the name goes.
        return [
          {
            id,
            update: {
              $set: { [`${path}.status`]: 'erased' },
              $unset: { [`${path}.label`]: '', [`${path}.organisation`]: '' },
            },
          },
        ];
      case 'ContactClassified':
      case 'ContactTagged':
      case 'ContactUntagged':
      case 'ResearchNoteAdded':
      case 'ResearchNoteEdited':
      case 'ContactEmailMarkedUndeliverable':
        return [];
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
