import { timestampDate } from '@bufbuild/protobuf/wkt';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import type { TimelineEventAt } from './timeline-entry';

/**
 * The line for the contact's calendar answering an invitation. Notifications names the member and
 * the interview but not the relationship, so the caller finds the contact from the interview.
 */
export function calendarReplyEventOf(
  event: ConsumedEvent,
  contactId: string,
): TimelineEventAt | undefined {
  const { envelope, payload } = event;
  if (payload.$typeName !== 'rapport.notifications.v1.CalendarReplyReceived') return undefined;
  const when = payload.receivedAt ?? envelope.occurredAt;
  if (!when) throw new PermanentError(`${envelope.type} without a time`);
  const version = Number(envelope.streamVersion);
  return {
    tenantId: envelope.tenantId,
    streamId: envelope.streamId,
    version,
    memberId: payload.memberId,
    contactId,
    relationshipId: relationshipIdOf(payload.memberId, contactId),
    entry: {
      eventId: envelope.eventId,
      kind: 'calendar-reply',
      at: timestampDate(when),
      // An automatic answer from a calendar, not a conversation: the cadence does not restart.
      touch: false,
      interviewId: payload.interviewId,
      details: { answer: payload.partstat.toLowerCase(), sequence: payload.sequence },
      streamId: envelope.streamId,
      version,
    },
  };
}

/** The relationship of a member and a contact, named as outreach names it. */
export const relationshipIdOf = (memberId: string, contactId: string): string =>
  `${memberId}:${contactId}`;
