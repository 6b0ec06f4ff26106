import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import {
  Channel,
  InterviewFormat,
  ResponseOutcome,
  ThankYouChannel,
  TouchKind,
} from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';

export type TimelineEntryKind =
  | 'request-sent'
  | 'follow-up-sent'
  | 'response-received'
  | 'marked-unresponsive'
  | 'outreach-closed'
  | 'outreach-reopened'
  | 'interview-scheduled'
  | 'interview-rescheduled'
  | 'interview-cancelled'
  | 'calendar-reply'
  | 'interview-completed'
  | 'thank-you-sent'
  | 'touch-logged';

/** Facts shown beside an entry; no names, addresses or free text (they stay in their contexts). */
export type EntryDetails = Readonly<Record<string, string | number | boolean>>;

/** One line of a relationship's timeline. */
export interface TimelineEntry {
  readonly eventId: string;
  readonly kind: TimelineEntryKind;
  readonly at: Date;
  /** Whether it counts as a real contact for the keep-in-touch cadence (as the workflow counts). */
  readonly touch: boolean;
  readonly interviewId?: string;
  readonly details: EntryDetails;
  /** Where it was recorded: the tie-break for entries of the same instant. */
  readonly streamId: string;
  readonly version: number;
}

/** An entry with the relationship it belongs to and its stream position (the guard's key). */
export interface TimelineEventAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly memberId: string;
  readonly contactId: string;
  readonly relationshipId: string;
  readonly entry: TimelineEntry;
}

/** `EMAIL` → `email`, `IN_PERSON` → `in-person`; an unknown number stays visible as such. */
const label = (names: Record<number, string>, value: number): string =>
  (names[value] ?? `unknown-${value}`).toLowerCase().replace(/_/g, '-');

type Described = Omit<TimelineEntry, 'eventId' | 'at' | 'streamId' | 'version'> & {
  readonly at?: Timestamp;
};

/** What an outreach or interviews event adds to the timeline; undefined for events it ignores. */
function describeEvent({ payload }: ConsumedEvent): Described | undefined {
  switch (payload.$typeName) {
    case 'rapport.outreach.v1.OutreachSent':
      return {
        kind: 'request-sent',
        touch: true,
        details: { channel: label(Channel, payload.channel), sentByRapport: payload.sentByRapport },
      };
    case 'rapport.outreach.v1.FollowUpSent':
      return {
        kind: 'follow-up-sent',
        touch: true,
        details: { sequence: payload.sequence, channel: label(Channel, payload.channel) },
      };
    case 'rapport.outreach.v1.ResponseReceived':
      return {
        kind: 'response-received',
        touch: true,
        details: {
          outcome: label(ResponseOutcome, payload.outcome),
          matchedFromEmail: payload.matchedFromEmail,
        },
      };
    case 'rapport.outreach.v1.OutreachMarkedUnresponsive':
      return {
        kind: 'marked-unresponsive',
        touch: false,
        details: { followUpsSent: payload.followUpsSent },
      };
    case 'rapport.outreach.v1.OutreachClosed':
      return { kind: 'outreach-closed', touch: false, details: {} };
    case 'rapport.outreach.v1.OutreachReopened':
      return { kind: 'outreach-reopened', touch: false, details: {} };
    case 'rapport.interviews.v1.InterviewScheduled':
    case 'rapport.interviews.v1.InterviewRescheduled':
      if (!payload.startsAt) throw new PermanentError('an interview without its start time');
      return {
        kind:
          payload.$typeName === 'rapport.interviews.v1.InterviewScheduled'
            ? 'interview-scheduled'
            : 'interview-rescheduled',
        touch: false,
        interviewId: payload.interviewId,
        details: {
          startsAt: timestampDate(payload.startsAt).toISOString(),
          durationMinutes: payload.durationMinutes,
          timeZone: payload.timeZone,
          format: label(InterviewFormat, payload.format),
        },
      };
    case 'rapport.interviews.v1.InterviewCancelled':
      return {
        kind: 'interview-cancelled',
        touch: false,
        interviewId: payload.interviewId,
        details: {},
      };
    case 'rapport.interviews.v1.InterviewCompleted':
      return {
        kind: 'interview-completed',
        touch: true,
        interviewId: payload.interviewId,
        details: { referrals: payload.referrals.length },
        ...(payload.completedAt ? { at: payload.completedAt } : {}),
      };
    case 'rapport.interviews.v1.ThankYouSent':
      return {
        kind: 'thank-you-sent',
        touch: true,
        interviewId: payload.interviewId,
        details: { channel: label(ThankYouChannel, payload.channel) },
        ...(payload.sentAt ? { at: payload.sentAt } : {}),
      };
    case 'rapport.interviews.v1.TouchLogged':
      return {
        kind: 'touch-logged',
        touch: true,
        details: { kind: label(TouchKind, payload.kind) },
        ...(payload.touchedAt ? { at: payload.touchedAt } : {}),
      };
    default:
      return undefined;
  }
}

/**
 * The timeline line an integration event makes, dated by when it happened (the event's own time
 * where it names one, as the workflow's timers count), or undefined when it is not part of it.
 */
export function timelineEventOf(event: ConsumedEvent): TimelineEventAt | undefined {
  const described = describeEvent(event);
  if (!described) return undefined;
  const { envelope, payload } = event;
  const ids = payload as Partial<Record<'memberId' | 'contactId' | 'relationshipId', string>>;
  const { memberId = '', contactId = '', relationshipId = '' } = ids;
  if (!memberId || !contactId || !relationshipId)
    throw new PermanentError(`${envelope.type} names no relationship`);
  const { at: ownTime, ...rest } = described;
  const when = ownTime ?? envelope.occurredAt;
  if (!when) throw new PermanentError(`${envelope.type} without a time`);
  const version = Number(envelope.streamVersion);
  return {
    tenantId: envelope.tenantId,
    streamId: envelope.streamId,
    version,
    memberId,
    contactId,
    relationshipId,
    entry: {
      ...rest,
      eventId: envelope.eventId,
      at: timestampDate(when),
      streamId: envelope.streamId,
      version,
    },
  };
}
