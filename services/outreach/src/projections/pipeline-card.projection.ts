import type { Projection, ProjectionChange } from '@rapport/messaging';
import { relationshipId } from '../domain/outreach.decider';
import type { Channel, ResponseOutcome } from '../domain/outreach.events';
import type { OutreachEventAt } from './outreach-event-at';
import { bucketOf, fieldKey, memberBucketIds } from './read-model-keys';

/** The collection of the members' boards (renamed from one document per card: rebuild to fill). */
export const PIPELINE_CARDS = 'pipeline_boards';

/** Where an open outreach stands; closing is kept apart (closedAt) so a reopen finds it again. */
export type OpenStatus =
  'drafted' | 'awaiting-reply' | 'follow-up-due' | 'responded' | 'unresponsive';

/** One relationship on the member's pipeline board, and one row of the institution funnel. */
export interface PipelineCard {
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
  /** The stream version of the last event on the card: tells a reader whether an apply moved it. */
  streamVersion: number;
}

/**
 * A sixteenth of a member's board (`tenant|member|board|<bucket>`), cards keyed by contact. A card
 * is ~350 bytes with its stream's version guard, so 10,000 relationships make ~220 KB a bucket and
 * ~3.5 MB a board, far under MongoDB's 16 MB, and one event rewrites only its bucket.
 */
export interface PipelineBoardDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  cards?: Record<string, PipelineCard>;
}

export const boardBucketIds = (tenantId: string, memberId: string): string[] =>
  memberBucketIds(`${tenantId}|${memberId}|board`);

export const boardBucketId = (tenantId: string, memberId: string, contactId: string): string =>
  boardBucketIds(tenantId, memberId)[bucketOf(contactId)]!;

const noPendingDue = { pendingDueAt: null, pendingSequence: null, suggestedContactId: null };

/** What one event changes on its card (fields to set); undefined when it changes nothing shown. */
export function cardPatch({
  tenantId,
  event,
  occurredAt,
  version,
}: OutreachEventAt): Partial<PipelineCard> | undefined {
  const { memberId, contactId } = event.data;
  const base = {
    tenantId,
    memberId,
    contactId,
    relationshipId: relationshipId(memberId, contactId),
    updatedAt: occurredAt,
    streamVersion: version,
  };
  switch (event.type) {
    case 'OutreachDrafted':
      return {
        ...base,
        openStatus: 'drafted',
        channel: event.data.draft.channel,
        draftedAt: new Date(event.data.at),
      };
    case 'OutreachSent': {
      const sentAt = new Date(event.data.sentAt);
      return {
        ...base,
        openStatus: 'awaiting-reply',
        channel: event.data.channel,
        sentByRapport: event.data.delivery === 'rapport',
        firstSentAt: sentAt,
        lastSentAt: sentAt,
        followUpsSent: 0,
        outcome: null,
        respondedAt: null,
        ...noPendingDue,
      };
    }
    case 'FollowUpDue':
      return {
        ...base,
        openStatus: 'follow-up-due',
        pendingDueAt: new Date(event.data.dueAt),
        pendingSequence: event.data.sequence,
        suggestedContactId: event.data.suggestedContactId ?? null,
      };
    case 'FollowUpSent':
      return {
        ...base,
        openStatus: 'awaiting-reply',
        followUpsSent: event.data.sequence,
        lastSentAt: new Date(event.data.sentAt),
        ...noPendingDue,
      };
    case 'ResponseReceived':
      return {
        ...base,
        openStatus: 'responded',
        outcome: event.data.outcome,
        respondedAt: new Date(event.data.receivedAt),
        ...noPendingDue,
      };
    case 'OutreachMarkedUnresponsive':
      return { ...base, openStatus: 'unresponsive', ...noPendingDue };
    case 'OutreachClosed':
      return { ...base, closedAt: new Date(event.data.at) };
    case 'OutreachReopened':
      return { ...base, closedAt: null };
    case 'AutoSendChanged':
      return undefined;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** The pipeline board's read model: one card per relationship that has a draft or a send. */
export const pipelineCardProjection: Projection<OutreachEventAt> = {
  name: PIPELINE_CARDS,
  project(at): ProjectionChange[] {
    const patch = cardPatch(at);
    if (!patch) return [];
    const { memberId, contactId } = at.event.data;
    const card = `cards.${fieldKey(contactId)}`;
    const set: Record<string, unknown> = { tenantId: at.tenantId, memberId };
    for (const [field, value] of Object.entries(patch)) set[`${card}.${field}`] = value;
    return [{ id: boardBucketId(at.tenantId, memberId, contactId), update: { $set: set } }];
  },
};
