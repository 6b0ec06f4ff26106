import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { ResponseOutcome, type ResponseReceived } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import { ConflictProblem, type RequestContext } from '@rapport/platform/http';
import { contactDetailsSchema } from '../domain/contact-details';
import { ContactRejected } from '../domain/contact-rejected';
import type { ContactAdder } from '../add-contact/contact-adder';

/** The new contact's id follows from the outreach event, so a redelivery finds it already there. */
export function referredContactId(outreachEventId: string): string {
  const hex = createHash('sha256').update(`referred:${outreachEventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * When a contact answers an outreach with "talk to X instead", X joins the member's contacts with
 * the referral recorded: the network grows one referral at a time, without retyping.
 */
export async function addContactWhenResponseReferred(
  adder: ContactAdder,
  event: ConsumedEvent,
  logger: Logger,
): Promise<void> {
  if (event.payload.$typeName !== 'rapport.outreach.v1.ResponseReceived') return;
  const response: ResponseReceived = event.payload;
  if (response.outcome !== ResponseOutcome.REFERRED || !response.referredTo) return;
  const { envelope } = event;
  const person = response.referredTo;
  const details = contactDetailsSchema.safeParse({
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    organisation: person.organisation,
    role: person.role,
  });
  if (!details.success) {
    throw new PermanentError(
      `the referred person is not a valid contact: ${details.error.message}`,
    );
  }
  const ctx: RequestContext = {
    tenantId: envelope.tenantId,
    actor: { id: 'outreach', role: 'system' },
    scopes: [],
    assignedMemberIds: [],
    correlationId: envelope.correlationId,
  };
  try {
    await adder.add(ctx, {
      type: 'AddContact',
      memberId: response.memberId,
      contactId: referredContactId(envelope.eventId),
      at: adder.writer.clock(),
      details: details.data,
      warmth: 'warm',
      source: 'referral',
      tags: [],
      origin: { via: 'referral', outreachEventId: envelope.eventId },
      referredBy: { contactId: response.contactId, mayUseReferrerName: false },
    });
  } catch (error) {
    // Already added (a redelivery), or the member has this person already: nothing more to do.
    if (error instanceof ContactRejected && error.reason === 'contact-exists') return;
    if (error instanceof ConflictProblem) {
      logger.info({ eventId: envelope.eventId }, 'referred person is already a contact');
      return;
    }
    throw error;
  }
}
