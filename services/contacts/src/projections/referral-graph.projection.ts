import type { Projection, ProjectionChange } from '@rapport/messaging';
import { type ContactEventAt, contactDocumentId } from './contact-event-at';

export const REFERRAL_GRAPH = 'referral_graph';

/** A node of a member's referral graph, with its edge to the contact who referred them. */
export interface ReferralNodeDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  label?: string;
  organisation?: string;
  status: 'active' | 'archived' | 'erased';
  referredBy?: string;
  mayUseReferrerName?: boolean;
}

/** Small documents, so drawing the graph reads names and edges only, not whole contacts. */
export const referralGraphProjection: Projection<ContactEventAt> = {
  name: REFERRAL_GRAPH,
  project({ tenantId, event }): ProjectionChange[] {
    const id = contactDocumentId(tenantId, event.data.memberId, event.data.contactId);
    switch (event.type) {
      case 'ContactAdded':
      case 'ContactDetailsChanged': {
        const { details } = event.data;
        const base =
          event.type === 'ContactAdded'
            ? {
                tenantId,
                memberId: event.data.memberId,
                contactId: event.data.contactId,
                status: 'active',
              }
            : {};
        return [
          {
            id,
            update: {
              $set: {
                ...base,
                label: `${details.givenName} ${details.familyName}`,
                organisation: details.organisation ?? null,
              },
            },
          },
        ];
      }
      case 'ReferralRecorded':
        return [
          {
            id,
            update: {
              $set: {
                referredBy: event.data.referredByContactId,
                mayUseReferrerName: event.data.mayUseReferrerName,
              },
            },
          },
        ];
      case 'ContactArchived':
        return [{ id, update: { $set: { status: 'archived' } } }];
      case 'ContactRestored':
        return [{ id, update: { $set: { status: 'active' } } }];
      case 'ContactErased':
        // The edge stays (who opened which door is not personal data); the name goes.
        return [
          { id, update: { $set: { status: 'erased' }, $unset: { label: '', organisation: '' } } },
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
