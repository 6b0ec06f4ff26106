import { creationDifferences, readCreation } from '@rapport/eventstore';
import { ConflictProblem, type RequestContext } from '@rapport/platform/http';
import type { AddContact } from '../domain/contact.commands';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactWriter, WriteResult } from '../shared/contact-writer';

/**
 * An add whose client-chosen id is taken. The same request again (a client that lost the first
 * answer) gets the first answer: the contact as its creation left it, at that version. Any other
 * body is a 409 naming the fields that differ. Undefined when the stream has no creation yet.
 * An erased contact is never answered from its creation: its personal data is gone for good.
 */
export async function repeatedAdd(
  writer: ContactWriter,
  ctx: RequestContext,
  command: AddContact,
): Promise<WriteResult | undefined> {
  const { memberId, contactId } = command;
  const stream = { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, contactId) };
  const creation = await readCreation(writer.eventStore, contactDecider, stream);
  const added = creation?.events[0] as { type: string; data: { addedAt?: string } } | undefined;
  if (!creation || added?.type !== 'ContactAdded' || !added.data.addedAt) return undefined;
  const current = await writer.load(ctx.tenantId, memberId, contactId);
  if (current.state.status === 'erased') {
    throw new ConflictProblem(`contact ${contactId} existed and was erased`, {
      reason: 'contact-exists',
    });
  }
  // The first request's time, so the decision is the one the first request recorded if it asks the same.
  const decided: readonly ContactEvent[] = contactDecider.decide(
    { ...command, at: new Date(added.data.addedAt) },
    contactDecider.initialState,
  );
  const differences = creationDifferences(decided, creation.events);
  if (differences.length > 0) {
    throw new ConflictProblem(
      `contact ${contactId} already exists with other values (${differences.join(', ')})`,
      { reason: 'contact-exists', differences },
    );
  }
  return { state: creation.state, version: creation.version, events: [] };
}
