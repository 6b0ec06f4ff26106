import { timestampDate } from '@bufbuild/protobuf/wkt';
import type { EmailReplyReceived } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import type { RequestContext } from '@rapport/platform/http';
import { relationshipId } from '../domain/outreach.decider';
import { OutreachRejected } from '../domain/outreach-rejected';
import type { OutreachWriter } from '../shared/outreach-writer';

/** Who records a reply matched from email: the notifications context, acting for nobody. */
export const EMAIL_REPLY_ACTOR = { id: 'notifications', role: 'system' } as const;

function checked(reply: EmailReplyReceived): EmailReplyReceived {
  const missing = (['memberId', 'contactId', 'relationshipId', 'messageId'] as const).filter(
    (field) => reply[field].trim() === '',
  );
  if (missing.length > 0)
    throw new PermanentError(
      `an email reply that names no relationship: empty ${missing.join(', ')}`,
    );
  if (reply.relationshipId !== relationshipId(reply.memberId, reply.contactId))
    throw new PermanentError(
      `an email reply whose relationship ${reply.relationshipId} is not its member and contact`,
    );
  return reply;
}

/**
 * A contact answered an outreach thread by email: the outreach records the answer as `other`, so
 * follow-ups stop; the member then says what it was (accepted, declined, referred) as for any
 * answer. A reply to an outreach that was never sent here or is closed records nothing: the event
 * is valid, there is simply nothing to answer, so it is logged rather than dead-lettered.
 */
export async function recordEmailReply(
  writer: OutreachWriter,
  event: ConsumedEvent,
  logger: Logger,
): Promise<void> {
  if (event.payload.$typeName !== 'rapport.notifications.v1.EmailReplyReceived') return;
  const reply = checked(event.payload);
  const { envelope } = event;
  const ctx: RequestContext = {
    tenantId: envelope.tenantId,
    actor: EMAIL_REPLY_ACTOR,
    scopes: [],
    assignedMemberIds: [],
    correlationId: envelope.correlationId,
  };
  const at = reply.receivedAt ? timestampDate(reply.receivedAt) : writer.clock();
  try {
    const { events } = await writer.execute(ctx, {
      type: 'RecordResponse',
      memberId: reply.memberId,
      contactId: reply.contactId,
      at,
      outcome: 'other',
      recordedVia: 'email-reply',
    });
    if (events.length === 0)
      logger.info(
        { relationshipId: reply.relationshipId, messageId: reply.messageId },
        'email reply to an outreach that already has its answer; nothing recorded',
      );
  } catch (error) {
    if (
      error instanceof OutreachRejected &&
      (error.reason === 'not-sent' || error.reason === 'closed')
    ) {
      logger.warn(
        { relationshipId: reply.relationshipId, messageId: reply.messageId, reason: error.reason },
        'email reply to an outreach that is not awaiting one; nothing recorded',
      );
      return;
    }
    throw error;
  }
}
