import { timestampMs } from '@bufbuild/protobuf/wkt';
import type { SignalDefinition } from '@temporalio/common';
import { ResponseOutcome } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import {
  closeSignal,
  type FollowUpSent,
  followUpSentSignal,
  interviewCancelledSignal,
  interviewCompletedSignal,
  type InterviewScheduled,
  interviewRescheduledSignal,
  interviewScheduledSignal,
  thankYouSentSignal,
  touchLoggedSignal,
  outreachSentSignal,
  reopenSignal,
  type ResponseReceived,
  responseReceivedSignal,
  type ResponseOutcome as WorkflowOutcome,
  type SignalBase,
} from '../workflows/signals';
import type { RelationshipIds } from '../workflows/state';

/** One integration event as the signal it becomes for the relationship's workflow. */
export interface BridgedSignal {
  readonly ids: RelationshipIds;
  /** Its argument extends SignalBase; each mapping below pairs a signal with its own payload. */
  readonly signal: SignalDefinition<[SignalBase]>;
  readonly payload: SignalBase;
  /**
   * Signal only a workflow that exists: the event ends a relationship and must not start one
   * (a contact erased before anything was ever asked of them has no workflow).
   */
  readonly onlyIfRunning?: boolean;
}

/**
 * The relationship of a member and a contact, as outreach names it (`<member>:<contact>`), for
 * events of other contexts that know only the two ids.
 */
export function relationshipIdOf(memberId: string, contactId: string): string {
  return `${memberId}:${contactId}`;
}

/** The workflow of one relationship: one per tenant and relationship, whatever the event. */
export function relationshipWorkflowId(tenantId: string, relationshipId: string): string {
  return `rel:${tenantId}:${relationshipId}`;
}

const OUTCOMES: Partial<Record<ResponseOutcome, WorkflowOutcome>> = {
  [ResponseOutcome.ACCEPTED]: 'accepted',
  [ResponseOutcome.DECLINED]: 'declined',
  [ResponseOutcome.REFERRED]: 'referred',
  [ResponseOutcome.OTHER]: 'other',
};

function idsOf(
  tenantId: string,
  payload: { memberId: string; contactId: string; relationshipId: string },
): RelationshipIds {
  const missing = (['memberId', 'contactId', 'relationshipId'] as const).filter(
    (field) => payload[field].trim() === '',
  );
  if (missing.length > 0)
    throw new PermanentError(`the event names no relationship: empty ${missing.join(', ')}`);
  return {
    tenantId,
    relationshipId: payload.relationshipId,
    memberId: payload.memberId,
    contactId: payload.contactId,
  };
}

/** The signal dated by the event's own time, when it names one. */
function at(base: SignalBase, when: Parameters<typeof timestampMs>[0] | undefined): SignalBase {
  return when ? { ...base, occurredAt: timestampMs(when) } : base;
}

/**
 * The signal an outreach or interviews event (or a contact's erasure) means for the relationship lifecycle, or
 * undefined when it means nothing to it. The envelope's event id becomes the signal's `sourceEventId`, so a redelivered
 * event is ignored by the workflow; its `occurredAt` is when the timers count from.
 */
export function signalFor(event: ConsumedEvent): BridgedSignal | undefined {
  const { envelope, payload } = event;
  const base: SignalBase = {
    sourceEventId: envelope.eventId,
    ...(envelope.occurredAt ? { occurredAt: timestampMs(envelope.occurredAt) } : {}),
  };
  switch (payload.$typeName) {
    case 'rapport.outreach.v1.OutreachSent':
      return { ids: idsOf(envelope.tenantId, payload), signal: outreachSentSignal, payload: base };
    case 'rapport.outreach.v1.FollowUpSent': {
      if (payload.sequence < 1) throw new PermanentError('a follow-up without its sequence number');
      const followUp: FollowUpSent = { ...base, sequence: payload.sequence };
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: followUpSentSignal,
        payload: followUp,
      };
    }
    case 'rapport.outreach.v1.ResponseReceived': {
      // "Any other answer" (e.g. a reply matched from email) still stops the follow-ups; the
      // member's later classification arrives as a response of its own.
      const outcome = OUTCOMES[payload.outcome];
      if (!outcome) throw new PermanentError('a response without its outcome');
      const response: ResponseReceived = { ...base, outcome };
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: responseReceivedSignal,
        payload: response,
      };
    }
    case 'rapport.outreach.v1.OutreachClosed':
      return { ids: idsOf(envelope.tenantId, payload), signal: closeSignal, payload: base };
    case 'rapport.outreach.v1.OutreachReopened':
      return { ids: idsOf(envelope.tenantId, payload), signal: reopenSignal, payload: base };
    case 'rapport.interviews.v1.InterviewScheduled':
    case 'rapport.interviews.v1.InterviewRescheduled': {
      if (!payload.startsAt) throw new PermanentError('an interview without its start time');
      const scheduled: InterviewScheduled = { ...base, interviewAt: timestampMs(payload.startsAt) };
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal:
          payload.$typeName === 'rapport.interviews.v1.InterviewScheduled'
            ? interviewScheduledSignal
            : interviewRescheduledSignal,
        payload: scheduled,
      };
    }
    case 'rapport.interviews.v1.InterviewCancelled':
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: interviewCancelledSignal,
        payload: base,
      };
    // The thank-you and keep-in-touch timers count from when it happened, not from its delivery.
    case 'rapport.interviews.v1.InterviewCompleted':
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: interviewCompletedSignal,
        payload: at(base, payload.completedAt),
      };
    case 'rapport.interviews.v1.ThankYouSent':
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: thankYouSentSignal,
        payload: at(base, payload.sentAt),
      };
    case 'rapport.interviews.v1.TouchLogged':
      return {
        ids: idsOf(envelope.tenantId, payload),
        signal: touchLoggedSignal,
        payload: at(base, payload.touchedAt),
      };
    case 'rapport.contacts.v1.ContactErased': {
      // The person asked to be forgotten: nothing more is ever due about them.
      const relationshipId =
        payload.memberId.trim() && payload.contactId.trim()
          ? relationshipIdOf(payload.memberId, payload.contactId)
          : '';
      return {
        ids: idsOf(envelope.tenantId, { ...payload, relationshipId }),
        signal: closeSignal,
        payload: base,
        onlyIfRunning: true,
      };
    }
    default:
      return undefined;
  }
}
