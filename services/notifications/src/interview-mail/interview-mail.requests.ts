import { timestampMs } from '@bufbuild/protobuf/wkt';
import type { EventMessage, InvitationIssued } from '@rapport/contracts';
import { PermanentError } from '@rapport/messaging';
import type { RelationshipRef } from '../domain/notification';
import { readCalendar } from '../calendar-replies/calendar-reading';

/** A calendar invitation (RFC 5545, iMIP) for the contact, as interviews issued it. */
export interface Invitation extends RelationshipRef {
  readonly interviewId: string;
  readonly method: 'REQUEST' | 'CANCEL';
  readonly sequence: number;
  readonly icsUid: string;
  readonly ics: string;
  readonly summary: string;
  readonly startsAt: number;
}

/** The member's thank-you, to go to the contact in the relationship's thread. */
export interface ThankYouEmail extends RelationshipRef {
  readonly interviewId: string;
  readonly subject: string;
  readonly bodyText: string;
}

export type InterviewMailRequest =
  | { readonly kind: 'invitation'; readonly invitation: Invitation }
  | { readonly kind: 'thank-you'; readonly email: ThankYouEmail };

type Ids = RelationshipRef & { readonly interviewId: string };

function idsOf(payload: Ids): Ids {
  const missing = (['memberId', 'contactId', 'relationshipId', 'interviewId'] as const).filter(
    (field) => payload[field].trim() === '',
  );
  if (missing.length > 0) throw new PermanentError(`the event is missing ${missing.join(', ')}`);
  const { memberId, contactId, relationshipId, interviewId } = payload;
  return { memberId, contactId, relationshipId, interviewId };
}

const isMethod = (method: string): method is Invitation['method'] =>
  method === 'REQUEST' || method === 'CANCEL';

function invitationProblems(payload: InvitationIssued): string[] {
  const problems: string[] = [];
  if (!isMethod(payload.method))
    problems.push(`method ${JSON.stringify(payload.method)} is neither REQUEST nor CANCEL`);
  if (!payload.icsUid.trim()) problems.push('ics_uid is empty');
  if (!payload.startsAt) problems.push('starts_at is missing');
  const calendar = readCalendar(payload.ics);
  if (!calendar) return [...problems, 'ics is not an iCalendar object with an event'];
  if (calendar.method !== payload.method) problems.push(`the ics says METHOD:${calendar.method}`);
  if (calendar.uid !== payload.icsUid) problems.push('the ics has another UID');
  if (calendar.sequence !== payload.sequence)
    problems.push(`the ics says SEQUENCE:${calendar.sequence}`);
  return problems;
}

/**
 * What an interviews event asks of the mail, or undefined for the events notifications does not
 * mail. The invitation's own text must say what the event says (method, UID, sequence): a
 * mismatch would put one thing in the log and another in the contact's calendar.
 */
export function interviewMailRequestOf(payload: EventMessage): InterviewMailRequest | undefined {
  switch (payload.$typeName) {
    case 'rapport.interviews.v1.InvitationIssued': {
      const ids = idsOf(payload);
      const { method, startsAt } = payload;
      const problems = invitationProblems(payload);
      if (problems.length > 0 || !isMethod(method) || !startsAt)
        throw new PermanentError(`cannot send this invitation: ${problems.join('; ')}`);
      return {
        kind: 'invitation',
        invitation: {
          ...ids,
          method,
          sequence: payload.sequence,
          icsUid: payload.icsUid,
          ics: payload.ics,
          summary: payload.summary.trim() || 'Informational interview',
          startsAt: timestampMs(startsAt),
        },
      };
    }
    case 'rapport.interviews.v1.ThankYouEmailRequested': {
      const ids = idsOf(payload);
      const problems: string[] = [];
      if (!payload.subject.trim()) problems.push('subject is empty');
      if (!payload.bodyText.trim()) problems.push('body_text is empty');
      if (problems.length > 0)
        throw new PermanentError(`cannot send this thank-you: ${problems.join('; ')}`);
      return {
        kind: 'thank-you',
        email: { ...ids, subject: payload.subject.trim(), bodyText: payload.bodyText },
      };
    }
    default:
      return undefined;
  }
}
