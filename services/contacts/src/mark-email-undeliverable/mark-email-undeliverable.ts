import { timestampDate } from '@bufbuild/protobuf/wkt';
import type { Logger } from 'pino';
import { BounceKind as WireBounceKind, type ContactEmailBounced } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import type { RequestContext } from '@rapport/platform/http';
import type { BounceKind } from '../domain/email-deliverability';
import type { ContactWriter } from '../shared/contact-writer';

const KINDS: Partial<Record<WireBounceKind, BounceKind>> = {
  [WireBounceKind.HARD]: 'hard',
  [WireBounceKind.BLOCKED]: 'blocked',
};

function checked(bounce: ContactEmailBounced): { kind: BounceKind } {
  const missing = (['memberId', 'contactId', 'email'] as const).filter(
    (field) => bounce[field].trim() === '',
  );
  if (missing.length > 0)
    throw new PermanentError(`a bounce that names no contact address: empty ${missing.join(', ')}`);
  const kind = KINDS[bounce.kind];
  if (!kind) throw new PermanentError('a bounce without its kind');
  return { kind };
}

/**
 * Mail to a contact bounced: when the address is still the contact's email, the contact is marked
 * undeliverable so the member sees it before writing again. A bounce for an address the contact no
 * longer has, or for a contact not (or no longer) in the book, changes nothing.
 */
export async function markEmailUndeliverable(
  writer: ContactWriter,
  event: ConsumedEvent,
  logger: Logger,
): Promise<void> {
  if (event.payload.$typeName !== 'rapport.notifications.v1.ContactEmailBounced') return;
  const bounce = event.payload;
  const { kind } = checked(bounce);
  const { envelope } = event;
  const ctx: RequestContext = {
    tenantId: envelope.tenantId,
    actor: { id: 'notifications', role: 'system' },
    scopes: [],
    assignedMemberIds: [],
    correlationId: envelope.correlationId,
  };
  const { events } = await writer.execute(ctx, {
    type: 'MarkEmailUndeliverable',
    memberId: bounce.memberId,
    contactId: bounce.contactId,
    at: bounce.bouncedAt ? timestampDate(bounce.bouncedAt) : writer.clock(),
    email: bounce.email,
    kind,
    reason: bounce.reason.trim(),
  });
  if (events.length === 0)
    logger.info(
      { memberId: bounce.memberId, contactId: bounce.contactId },
      'bounce for an address that is not the contact’s email (or already marked); nothing recorded',
    );
}
