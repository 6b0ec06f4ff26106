import { timestampMs } from '@bufbuild/protobuf/wkt';
import { EmailKind, type EventMessage, ThankYouKind } from '@rapport/contracts';
import { PermanentError } from '@rapport/messaging';
import type { MemberItem, OutreachEmail } from '../domain/notification';

/** What one integration event asks of notifications, with the key that makes it happen once. */
export type NotificationRequest =
  | { readonly audience: 'member'; readonly dedupeKey: string; readonly item: MemberItem }
  | { readonly audience: 'contact'; readonly email: OutreachEmail };

type Ids = { memberId: string; contactId: string; relationshipId: string };

function idsOf(payload: Ids): Ids {
  const missing = (['memberId', 'contactId', 'relationshipId'] as const).filter(
    (field) => payload[field].trim() === '',
  );
  if (missing.length > 0)
    throw new PermanentError(`the event names no relationship: empty ${missing.join(', ')}`);
  return {
    memberId: payload.memberId,
    contactId: payload.contactId,
    relationshipId: payload.relationshipId,
  };
}

function requiredMs(value: Parameters<typeof timestampMs>[0] | undefined, field: string): number {
  if (!value) throw new PermanentError(`${field} is missing`);
  return timestampMs(value);
}

function keyOf(payload: { idempotencyKey: string }): string {
  if (payload.idempotencyKey.trim() === '') throw new PermanentError('idempotency_key is empty');
  return payload.idempotencyKey;
}

/**
 * The notification an event means, or undefined for events notifications does not act on.
 * Due items are keyed by what they are (the workflow's timer key, or relationship and follow-up
 * number), so the same reminder raised twice still reaches the member once.
 */
export function notificationRequestOf(
  payload: EventMessage,
  occurredAt: number,
): NotificationRequest | undefined {
  switch (payload.$typeName) {
    case 'rapport.outreach.v1.FollowUpDue': {
      const ids = idsOf(payload);
      if (payload.sequence < 1) throw new PermanentError('sequence must be 1 or more');
      return {
        audience: 'member',
        dedupeKey: `follow-up-due:${ids.relationshipId}:${payload.sequence}`,
        item: {
          kind: 'follow-up-due',
          ...ids,
          dueAt: occurredAt,
          sequence: payload.sequence,
          ...(payload.suggestedContactId ? { suggestedContactId: payload.suggestedContactId } : {}),
        },
      };
    }
    case 'rapport.relationship.v1.SecondContactSuggested':
      return {
        audience: 'member',
        dedupeKey: keyOf(payload),
        item: {
          kind: 'second-contact',
          ...idsOf(payload),
          dueAt: requiredMs(payload.dueAt, 'due_at'),
        },
      };
    case 'rapport.relationship.v1.InterviewReminderDue':
      return {
        audience: 'member',
        dedupeKey: keyOf(payload),
        item: {
          kind: 'interview-reminder',
          ...idsOf(payload),
          dueAt: requiredMs(payload.dueAt, 'due_at'),
          hoursBefore: payload.hoursBefore,
          interviewAt: requiredMs(payload.interviewAt, 'interview_at'),
        },
      };
    case 'rapport.relationship.v1.ThankYouDue':
      if (payload.kind === ThankYouKind.UNSPECIFIED)
        throw new PermanentError('kind is unspecified');
      return {
        audience: 'member',
        dedupeKey: keyOf(payload),
        item: {
          kind: 'thank-you-due',
          ...idsOf(payload),
          dueAt: requiredMs(payload.dueAt, 'due_at'),
          overdue: payload.kind === ThankYouKind.DEADLINE,
          interviewCompletedAt: requiredMs(payload.interviewCompletedAt, 'interview_completed_at'),
        },
      };
    case 'rapport.relationship.v1.KeepInTouchDue':
      return {
        audience: 'member',
        dedupeKey: keyOf(payload),
        item: {
          kind: 'keep-in-touch-due',
          ...idsOf(payload),
          dueAt: requiredMs(payload.dueAt, 'due_at'),
          cycle: payload.cycle,
          ...(payload.lastTouchAt ? { lastTouchAt: timestampMs(payload.lastTouchAt) } : {}),
        },
      };
    case 'rapport.outreach.v1.OutreachEmailRequested': {
      const ids = idsOf(payload);
      const problems: string[] = [];
      if (!payload.messageId.trim()) problems.push('message_id is empty');
      if (!/^[A-Za-z0-9_-]{8,128}$/.test(payload.threadToken))
        problems.push('thread_token is not a token');
      if (!payload.toEmail.includes('@')) problems.push('to_email is not an address');
      if (!payload.replyToEmail.includes('@')) problems.push('reply_to_email is not an address');
      if (!payload.subject.trim()) problems.push('subject is empty');
      if (!payload.bodyText.trim()) problems.push('body_text is empty');
      if (payload.kind === EmailKind.UNSPECIFIED) problems.push('kind is unspecified');
      if (problems.length > 0)
        throw new PermanentError(`cannot send this email: ${problems.join('; ')}`);
      return {
        audience: 'contact',
        email: {
          ...ids,
          messageId: payload.messageId,
          threadToken: payload.threadToken,
          kind: payload.kind === EmailKind.REQUEST ? 'request' : 'follow-up',
          followUpSequence: payload.followUpSequence,
          to: { email: payload.toEmail, name: payload.toName },
          replyTo: { email: payload.replyToEmail, name: payload.replyToName },
          subject: payload.subject,
          bodyText: payload.bodyText,
          ...(payload.inReplyTo ? { inReplyTo: payload.inReplyTo } : {}),
          references: [...payload.references],
        },
      };
    }
    default:
      return undefined;
  }
}
