import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  encodePayload,
  type EventTypeName,
  InterviewFormat as WireFormat,
  ThankYouChannel as WireChannel,
  TouchKind as WireTouchKind,
  topicFor,
} from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type {
  InterviewEvent,
  InterviewFormat,
  Slot,
  ThankYouChannel,
  TouchKind,
} from '../domain/interview.events';
import { relationshipId } from '../domain/interview.decider';
import { calendarInvitation, icsUidOf, invitationSummary } from '../invitation/calendar-invitation';
import type { InvitationParties } from '../invitation/invitation-parties';

const TOPIC = topicFor('interviews');

const FORMAT: Record<InterviewFormat, WireFormat> = {
  in_person: WireFormat.IN_PERSON,
  phone: WireFormat.PHONE,
  video: WireFormat.VIDEO,
};
const CHANNEL: Record<ThankYouChannel, WireChannel> = {
  email: WireChannel.EMAIL,
  note: WireChannel.NOTE,
  other: WireChannel.OTHER,
};
const TOUCH: Record<TouchKind, WireTouchKind> = {
  shared_article: WireTouchKind.SHARED_ARTICLE,
  congratulated: WireTouchKind.CONGRATULATED,
  reported_results: WireTouchKind.REPORTED_RESULTS,
  asked_question: WireTouchKind.ASKED_QUESTION,
  offered_help: WireTouchKind.OFFERED_HELP,
  met: WireTouchKind.MET,
  other: WireTouchKind.OTHER,
};

function message(type: EventTypeName, payload: Uint8Array): OutboxMessage {
  return { topic: TOPIC, type, schemaVersion: 1, payload };
}

/** What the integration events of one decision need besides the domain events. */
export interface InterviewOutboxContext {
  /** Who the invitation is from and to; kept beside the stream, not in it. */
  readonly parties?: InvitationParties;
  /** The invitation's ORGANIZER address, where the contact's calendar answers. */
  readonly answerTo: string;
  /** The slot as it stood, for a cancellation's invitation (the event names no slot). */
  readonly slot?: Slot;
}

const at = (iso: string) => timestampFromDate(new Date(iso));

/**
 * What other contexts hear of a domain event. Scheduling, moving and cancelling are two messages:
 * the lifecycle fact (the workflow and the timeline listen) and the invitation to mail
 * (notifications listen); so is a thank-you sent by email. Plans, drafts, replies and
 * commitments stay inside the interviews context.
 */
export function interviewIntegrationEvents(
  event: InterviewEvent,
  context: InterviewOutboxContext,
): OutboxMessage[] {
  const { memberId, contactId, interviewId } = event.data;
  const ids = {
    memberId,
    contactId,
    interviewId,
    relationshipId: relationshipId(memberId, contactId),
  };
  const invitation = (
    method: 'REQUEST' | 'CANCEL',
    sequence: number,
    slot: Slot,
    stamp: string,
  ) => {
    if (!context.parties) return [];
    const { organizer, attendee } = context.parties;
    const type = 'rapport.interviews.v1.InvitationIssued';
    const ics = calendarInvitation({
      interviewId,
      method,
      sequence,
      slot,
      organizer,
      attendee,
      answerTo: context.answerTo,
      stamp: new Date(stamp),
    });
    const payload = encodePayload(type, {
      ...ids,
      method,
      sequence,
      icsUid: icsUidOf(interviewId),
      ics,
      summary: invitationSummary(organizer),
      startsAt: at(slot.startsAt),
    });
    return [message(type, payload)];
  };
  switch (event.type) {
    case 'InterviewScheduled': {
      const type = 'rapport.interviews.v1.InterviewScheduled';
      const { startsAt, durationMinutes, timeZone, format, location, sequence } = event.data;
      const payload = encodePayload(type, {
        ...ids,
        startsAt: at(startsAt),
        durationMinutes,
        timeZone,
        format: FORMAT[format],
        location: location ?? '',
      });
      return [
        message(type, payload),
        ...invitation('REQUEST', sequence, event.data, event.data.at),
      ];
    }
    case 'InterviewRescheduled': {
      const type = 'rapport.interviews.v1.InterviewRescheduled';
      const { startsAt, durationMinutes, timeZone, format, location, sequence } = event.data;
      const payload = encodePayload(type, {
        ...ids,
        startsAt: at(startsAt),
        durationMinutes,
        timeZone,
        format: FORMAT[format],
        location: location ?? '',
      });
      return [
        message(type, payload),
        ...invitation('REQUEST', sequence, event.data, event.data.at),
      ];
    }
    case 'InterviewCancelled': {
      const type = 'rapport.interviews.v1.InterviewCancelled';
      const payload = encodePayload(type, { ...ids, reason: event.data.reason ?? '' });
      const cancelled = context.slot
        ? invitation('CANCEL', event.data.sequence, context.slot, event.data.at)
        : [];
      return [message(type, payload), ...cancelled];
    }
    case 'InterviewCompleted': {
      const type = 'rapport.interviews.v1.InterviewCompleted';
      const referrals = event.data.closingAsks.referrals.map((r) => ({
        referralId: r.referralId,
        name: r.name,
        email: r.email ?? '',
        organisation: r.organisation ?? '',
        role: r.role ?? '',
        note: r.note ?? '',
      }));
      return [
        message(
          type,
          encodePayload(type, { ...ids, completedAt: at(event.data.completedAt), referrals }),
        ),
      ];
    }
    case 'ThankYouSent': {
      const type = 'rapport.interviews.v1.ThankYouSent';
      const { channel, subject, body, sentAt } = event.data;
      const sent = message(
        type,
        encodePayload(type, { ...ids, sentAt: at(sentAt), channel: CHANNEL[channel] }),
      );
      if (channel !== 'email') return [sent];
      const emailType = 'rapport.interviews.v1.ThankYouEmailRequested';
      const email = encodePayload(emailType, {
        ...ids,
        subject: subject ?? '',
        bodyText: body ?? '',
      });
      return [sent, message(emailType, email)];
    }
    case 'TouchLogged': {
      const type = 'rapport.interviews.v1.TouchLogged';
      const { touchId, kind, touchedAt } = event.data;
      const payload = encodePayload(type, {
        memberId,
        contactId,
        relationshipId: ids.relationshipId,
        touchId,
        touchedAt: at(touchedAt),
        kind: TOUCH[kind],
      });
      return [message(type, payload)];
    }
    case 'QuestionPlanPrepared':
    case 'QuestionPlanChanged':
    case 'InvitationReplyRecorded':
    case 'ThankYouDrafted':
    case 'CommitmentFulfilled':
      return [];
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
