import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { encodePayload, topicFor } from '@rapport/contracts';
import { appendOnce, type EventStore, eventIdFromKey } from '@rapport/eventstore';

/** A contact's calendar answer to an invitation, matched to it. */
export interface CalendarReply {
  readonly memberId: string;
  readonly interviewId: string;
  readonly icsUid: string;
  readonly attendeeEmail: string;
  readonly partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  readonly sequence: number;
  /** The reply's DTSTAMP: the same answer posted again has the same one. */
  readonly stamp: string;
  readonly receivedAt: Date;
}

/**
 * Publishes CalendarReplyReceived through this service's outbox, on the invitation's stream. The
 * event id is derived from the answer (UID, sequence, PARTSTAT, DTSTAMP), so the same reply posted
 * twice appends nothing, while a change of mind (accepted, then declined) is a new event.
 */
export async function publishCalendarReply(
  store: EventStore,
  tenantId: string,
  reply: CalendarReply,
): Promise<boolean> {
  const key = `calendar-reply:${tenantId}:${reply.icsUid}:${reply.sequence}:${reply.partstat}:${reply.stamp}`;
  const data = {
    memberId: reply.memberId,
    interviewId: reply.interviewId,
    icsUid: reply.icsUid,
    attendeeEmail: reply.attendeeEmail,
    partstat: reply.partstat,
    sequence: reply.sequence,
  };
  const type = 'rapport.notifications.v1.CalendarReplyReceived';
  return appendOnce(
    store,
    { tenantId, streamId: `invitation:${reply.icsUid}` },
    {
      eventId: eventIdFromKey(key),
      event: { type: 'CalendarReplyReceived', data: { ...data, receivedAt: reply.receivedAt } },
      outbox: {
        topic: topicFor('notifications'),
        type,
        schemaVersion: 1,
        payload: encodePayload(type, { ...data, receivedAt: timestampFromDate(reply.receivedAt) }),
      },
    },
    {
      actor: { id: 'sendgrid-inbound-parse', role: 'system' },
      occurredAt: reply.receivedAt,
      correlationId: key,
    },
  );
}
