import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { InterviewEvent } from '../domain/interview.events';

/** An accepted request heard from outreach: the member may now schedule with this contact. */
export interface SchedulingOffered {
  readonly type: 'SchedulingOffered';
  readonly data: { readonly memberId: string; readonly contactId: string; readonly at: string };
}

/** An event with where it sits in its stream (an interview's, or an outreach heard over Kafka). */
export interface MemberInterviewsInput {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly event: InterviewEvent | SchedulingOffered;
}

export const MEMBER_INTERVIEWS = 'member_interviews';

export const memberInterviewsKey = (tenantId: string, memberId: string) =>
  `${tenantId}|${memberId}`;

/** Ids become field names below; anything that is not a plain id is left out rather than nested. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const endOf = (startsAt: string, minutes: number) =>
  new Date(new Date(startsAt).getTime() + minutes * 60_000).toISOString();

function changesFor(
  event: InterviewEvent | SchedulingOffered,
): Record<string, unknown> | undefined {
  if (event.type === 'SchedulingOffered') {
    const { contactId, at } = event.data;
    return { $set: { [`toSchedule.${contactId}`]: { contactId, since: at } } };
  }
  const row = `interviews.${event.data.interviewId}`;
  switch (event.type) {
    case 'InterviewScheduled': {
      const { interviewId, contactId, startsAt, durationMinutes, timeZone, format, location } =
        event.data;
      const entry = {
        interviewId,
        contactId,
        startsAt,
        endsAt: endOf(startsAt, durationMinutes),
        durationMinutes,
        timeZone,
        format,
        ...(location ? { location } : {}),
        status: 'scheduled',
      };
      return { $set: { [row]: entry }, $unset: { [`toSchedule.${contactId}`]: '' } };
    }
    case 'InterviewRescheduled': {
      const { startsAt, durationMinutes, timeZone, format, location } = event.data;
      return {
        $set: {
          [`${row}.startsAt`]: startsAt,
          [`${row}.endsAt`]: endOf(startsAt, durationMinutes),
          [`${row}.durationMinutes`]: durationMinutes,
          [`${row}.timeZone`]: timeZone,
          [`${row}.format`]: format,
          [`${row}.location`]: location ?? null,
          // A moved invitation asks the contact again.
          [`${row}.reply`]: null,
        },
      };
    }
    case 'InterviewCancelled':
      return { $set: { [`${row}.status`]: 'cancelled' } };
    case 'InvitationReplyRecorded':
      return { $set: { [`${row}.reply`]: event.data.partstat } };
    case 'InterviewCompleted':
      return {
        $set: { [`${row}.status`]: 'completed', [`${row}.completedAt`]: event.data.completedAt },
      };
    case 'ThankYouSent':
      return { $set: { [`${row}.thankYou`]: event.data.channel } };
    case 'TouchLogged':
      return { $set: { [`${row}.lastTouchAt`]: event.data.touchedAt } };
    case 'QuestionPlanPrepared':
    case 'QuestionPlanChanged':
    case 'ThankYouDrafted':
    case 'CommitmentFulfilled':
      return undefined;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/**
 * The member's interviews screen as one document keyed by tenant and member: every interview with
 * its start and end (for the overlap warning) and the contacts who accepted and wait for a date.
 * A member has tens of interviews, so the document stays small.
 */
export const memberInterviewsProjection: Projection<MemberInterviewsInput> = {
  name: MEMBER_INTERVIEWS,
  project({ tenantId, event }): ProjectionChange[] {
    const { memberId } = event.data;
    const ids = [event.data.contactId, 'interviewId' in event.data ? event.data.interviewId : 'x'];
    if (!ids.every((id) => SAFE_ID.test(id))) return [];
    const update = changesFor(event);
    if (!update) return [];
    const base = { $setOnInsert: { memberId } };
    return [{ id: memberInterviewsKey(tenantId, memberId), update: { ...base, ...update } }];
  },
};
