import type { Projection, ProjectionChange } from '@rapport/messaging';
import { relationshipId } from '../domain/outreach.decider';
import type { Channel, ResponseOutcome } from '../domain/outreach.events';
import { type OutreachEventAt, relationshipDocumentId } from './outreach-event-at';

export const PIPELINE_CARDS = 'pipeline_cards';

/** Where an open outreach stands; closing is kept apart (closedAt) so a reopen finds it again. */
export type OpenStatus =
  'drafted' | 'awaiting-reply' | 'follow-up-due' | 'responded' | 'unresponsive';

/** One relationship on the member's pipeline board, and one row of the institution funnel. */
export interface PipelineCardDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  relationshipId: string;
  openStatus: OpenStatus;
  closedAt?: Date | null;
  channel?: Channel;
  sentByRapport?: boolean;
  draftedAt?: Date;
  firstSentAt?: Date;
  lastSentAt?: Date;
  followUpsSent?: number;
  pendingDueAt?: Date | null;
  pendingSequence?: number | null;
  suggestedContactId?: string | null;
  outcome?: ResponseOutcome | null;
  respondedAt?: Date | null;
  updatedAt: Date;
}

const noPendingDue = { pendingDueAt: null, pendingSequence: null, suggestedContactId: null };

/** The pipeline board's read model: one card per relationship that has a draft or a send. */
export const pipelineCardProjection: Projection<OutreachEventAt> = {
  name: PIPELINE_CARDS,
  project({ tenantId, event, occurredAt }): ProjectionChange[] {
    const { memberId, contactId } = event.data;
    const id = relationshipDocumentId(tenantId, memberId, contactId);
    const base = {
      tenantId,
      memberId,
      contactId,
      relationshipId: relationshipId(memberId, contactId),
      updatedAt: occurredAt,
    };
    const set = (fields: Record<string, unknown>): ProjectionChange[] => [
      { id, update: { $set: { ...base, ...fields } } },
    ];
    switch (event.type) {
      case 'OutreachDrafted':
        return set({
          openStatus: 'drafted',
          channel: event.data.draft.channel,
          draftedAt: new Date(event.data.at),
        });
      case 'OutreachSent': {
        const sentAt = new Date(event.data.sentAt);
        return set({
          openStatus: 'awaiting-reply',
          channel: event.data.channel,
          sentByRapport: event.data.delivery === 'rapport',
          firstSentAt: sentAt,
          lastSentAt: sentAt,
          followUpsSent: 0,
          outcome: null,
          respondedAt: null,
          ...noPendingDue,
        });
      }
      case 'FollowUpDue':
        return set({
          openStatus: 'follow-up-due',
          pendingDueAt: new Date(event.data.dueAt),
          pendingSequence: event.data.sequence,
          suggestedContactId: event.data.suggestedContactId ?? null,
        });
      case 'FollowUpSent':
        return set({
          openStatus: 'awaiting-reply',
          followUpsSent: event.data.sequence,
          lastSentAt: new Date(event.data.sentAt),
          ...noPendingDue,
        });
      case 'ResponseReceived':
        return set({
          openStatus: 'responded',
          outcome: event.data.outcome,
          respondedAt: new Date(event.data.receivedAt),
          ...noPendingDue,
        });
      case 'OutreachMarkedUnresponsive':
        return set({ openStatus: 'unresponsive', ...noPendingDue });
      case 'OutreachClosed':
        return set({ closedAt: new Date(event.data.at) });
      case 'OutreachReopened':
        return set({ closedAt: null });
      case 'AutoSendChanged':
        return [];
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
