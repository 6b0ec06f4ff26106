import { type Timestamp, timestampDate } from '@bufbuild/protobuf/wkt';
import {
  type Envelope,
  type EventMessage,
  ResponseOutcome,
  ThankYouKind,
} from '@rapport/contracts';
import type { PartnerEvent, PartnerEventType, PartnerEventValue } from './partner-event-types';

type Data = Record<string, PartnerEventValue>;

const iso = (at: Timestamp | undefined): string | undefined =>
  at ? timestampDate(at).toISOString() : undefined;

/** `RESPONSE_OUTCOME_ACCEPTED` → `accepted`: enum names without their prefix, in lower case. */
const enumName = (names: Record<number, string>, value: number, prefix: string) =>
  (names[value] ?? 'UNSPECIFIED').replace(prefix, '').toLowerCase();

const relationshipIds = (payload: {
  memberId: string;
  contactId: string;
  relationshipId: string;
}): Data => ({
  memberId: payload.memberId,
  contactId: payload.contactId,
  relationshipId: payload.relationshipId,
});

/** Leaves out what is absent, so a partner never sees `undefined` turned into `null`. */
const defined = (fields: Record<string, PartnerEventValue | undefined>): Data =>
  Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, PartnerEventValue] => {
      return entry[1] !== undefined && entry[1] !== '';
    }),
  );

/**
 * What a partner hears of an integration event, or nothing. Only ids, enum values, counts and
 * times cross: never notes, message bodies, subjects, reasons typed by a member, nor a contact's
 * name or address (a partner with `contacts:read` fetches those through the API, under its scope).
 */
function mapped(payload: EventMessage): [PartnerEventType, Data] | undefined {
  switch (payload.$typeName) {
    case 'rapport.contacts.v1.ContactAdded':
      return [
        'contact.added',
        defined({ memberId: payload.memberId, contactId: payload.contactId }),
      ];
    case 'rapport.contacts.v1.ContactArchived':
      return ['contact.archived', { memberId: payload.memberId, contactId: payload.contactId }];
    case 'rapport.contacts.v1.ContactRestored':
      return ['contact.restored', { memberId: payload.memberId, contactId: payload.contactId }];
    case 'rapport.contacts.v1.ContactErased':
      return ['contact.erased', { memberId: payload.memberId, contactId: payload.contactId }];
    case 'rapport.outreach.v1.OutreachSent':
      return [
        'outreach.sent',
        { ...relationshipIds(payload), sentByRapport: payload.sentByRapport },
      ];
    case 'rapport.outreach.v1.FollowUpSent':
      return [
        'outreach.follow_up_sent',
        { ...relationshipIds(payload), sequence: payload.sequence },
      ];
    case 'rapport.outreach.v1.ResponseReceived':
      return [
        'outreach.response_received',
        {
          ...relationshipIds(payload),
          outcome: enumName(ResponseOutcome, payload.outcome, 'RESPONSE_OUTCOME_'),
        },
      ];
    case 'rapport.outreach.v1.OutreachMarkedUnresponsive':
      return [
        'outreach.unresponsive',
        { ...relationshipIds(payload), followUpsSent: payload.followUpsSent },
      ];
    case 'rapport.outreach.v1.OutreachClosed':
      return ['outreach.closed', relationshipIds(payload)];
    case 'rapport.outreach.v1.OutreachReopened':
      return ['outreach.reopened', relationshipIds(payload)];
    case 'rapport.outreach.v1.FollowUpDue':
      return [
        'relationship.follow_up_due',
        { ...relationshipIds(payload), sequence: payload.sequence },
      ];
    case 'rapport.relationship.v1.SecondContactSuggested':
      return [
        'relationship.second_contact_suggested',
        defined({ ...relationshipIds(payload), dueAt: iso(payload.dueAt) }),
      ];
    case 'rapport.relationship.v1.InterviewReminderDue':
      return [
        'relationship.interview_reminder_due',
        defined({
          ...relationshipIds(payload),
          hoursBefore: payload.hoursBefore,
          interviewAt: iso(payload.interviewAt),
          dueAt: iso(payload.dueAt),
        }),
      ];
    case 'rapport.relationship.v1.ThankYouDue':
      return [
        'relationship.thank_you_due',
        defined({
          ...relationshipIds(payload),
          kind: enumName(ThankYouKind, payload.kind, 'THANK_YOU_KIND_'),
          dueAt: iso(payload.dueAt),
        }),
      ];
    case 'rapport.relationship.v1.KeepInTouchDue':
      return [
        'relationship.keep_in_touch_due',
        defined({ ...relationshipIds(payload), cycle: payload.cycle, dueAt: iso(payload.dueAt) }),
      ];
    case 'rapport.interviews.v1.TouchLogged':
      return [
        'relationship.touch_logged',
        defined({ ...relationshipIds(payload), touchedAt: iso(payload.touchedAt) }),
      ];
    case 'rapport.interviews.v1.InterviewScheduled':
    case 'rapport.interviews.v1.InterviewRescheduled':
      return [
        payload.$typeName === 'rapport.interviews.v1.InterviewScheduled'
          ? 'interview.scheduled'
          : 'interview.rescheduled',
        defined({
          ...relationshipIds(payload),
          interviewId: payload.interviewId,
          startsAt: iso(payload.startsAt),
          durationMinutes: payload.durationMinutes,
          timeZone: payload.timeZone,
        }),
      ];
    case 'rapport.interviews.v1.InterviewCancelled':
      return [
        'interview.cancelled',
        { ...relationshipIds(payload), interviewId: payload.interviewId },
      ];
    case 'rapport.interviews.v1.InterviewCompleted':
      return [
        'interview.completed',
        defined({
          ...relationshipIds(payload),
          interviewId: payload.interviewId,
          completedAt: iso(payload.completedAt),
          referrals: payload.referrals.length,
        }),
      ];
    case 'rapport.interviews.v1.ThankYouSent':
      return [
        'interview.thank_you_sent',
        defined({
          ...relationshipIds(payload),
          interviewId: payload.interviewId,
          sentAt: iso(payload.sentAt),
        }),
      ];
    default:
      return undefined;
  }
}

export function partnerEventOf(
  envelope: Envelope,
  payload: EventMessage,
): PartnerEvent | undefined {
  const found = mapped(payload);
  if (!found) return undefined;
  const [type, data] = found;
  return {
    type,
    timestamp: iso(envelope.occurredAt) ?? new Date(0).toISOString(),
    data,
  };
}
