import { EmailKind, encodePayload, topicFor } from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type { FollowUpSent, OutreachSent } from '../domain/outreach.events';
import type { OutreachOutboxContext } from './outreach-outbox-context';

const TYPE = 'rapport.outreach.v1.OutreachEmailRequested';

/**
 * The request to the notifications context to send one email of the thread. Only sends through
 * Rapport have one; the handler supplies the addressing, and a send without it is a bug, not a
 * request to drop the email.
 */
export function emailRequested(
  event: OutreachSent | FollowUpSent,
  context: OutreachOutboxContext,
): OutboxMessage | undefined {
  const { data } = event;
  if (data.delivery !== 'rapport' || data.channel !== 'email' || !data.messageId) return undefined;
  if (!context.email) {
    throw new Error(`email ${data.messageId} has no addressing; the handler must resolve it`);
  }
  const followUp = event.type === 'FollowUpSent' ? event.data : undefined;
  const threadToken =
    event.type === 'OutreachSent' ? event.data.threadToken : context.thread.threadToken;
  const payload = encodePayload(TYPE, {
    memberId: data.memberId,
    contactId: data.contactId,
    relationshipId: context.relationshipId,
    messageId: data.messageId,
    threadToken: threadToken ?? '',
    kind: followUp ? EmailKind.FOLLOW_UP : EmailKind.REQUEST,
    followUpSequence: followUp?.sequence ?? 0,
    toEmail: context.email.to.email,
    toName: context.email.to.name,
    replyToEmail: context.email.replyTo.email,
    replyToName: context.email.replyTo.name,
    subject: data.subject ?? '',
    bodyText: data.body ?? '',
    inReplyTo: followUp?.inReplyTo ?? '',
    references: followUp ? [...context.thread.messageIds] : [],
  });
  return { topic: topicFor('outreach'), type: TYPE, schemaVersion: 1, payload };
}
