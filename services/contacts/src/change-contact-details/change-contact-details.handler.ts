import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictProblem, NotFoundProblem } from '@rapport/platform/http';
import { ConcurrencyError } from '@rapport/eventstore';
import type { ContactDetails } from '../domain/contact-details';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactState } from '../domain/contact.state';
import { dedupeKeys } from '../domain/dedupe-keys';
import { assertCanWrite } from '../shared/contact-access';
import { ContactKeys } from '../shared/contact-keys';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { ChangeContactDetailsCommand } from './change-contact-details.command';

/**
 * Merges the patch into the contact's current details, keeping the de-duplication keys in step:
 * keys the new details gain are reserved before the append (a clash is a 409), keys they lose are
 * let go after it, and what was reserved is let go again if the change is not stored.
 */
@CommandHandler(ChangeContactDetailsCommand)
export class ChangeContactDetailsHandler implements ICommandHandler<ChangeContactDetailsCommand> {
  constructor(
    @Inject(ContactWriter) private readonly writer: ContactWriter,
    @Inject(ContactKeys) private readonly keys: ContactKeys,
  ) {}

  async execute(command: ChangeContactDetailsCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, expectedVersion, patch } = command;
    assertCanWrite(ctx, memberId);
    const reserved = new Set<string>();
    let dropped: string[] = [];
    const release = (keys: readonly string[]) =>
      keys.length > 0 ? this.keys.release(ctx.tenantId, memberId, contactId, keys) : undefined;
    try {
      const result = await this.writer.change(ctx, memberId, contactId, async (state, version) => {
        if (state.status === 'absent' || state.status === 'erased') {
          throw new NotFoundProblem(`no contact ${contactId}`);
        }
        // Checked here rather than by the library, so that a missing contact is a 404 first; and
        // before merging: the patch applies to the version the client saw, or not at all.
        if (expectedVersion !== undefined && expectedVersion !== version) {
          throw new ConcurrencyError(
            { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, contactId) },
            expectedVersion,
          );
        }
        if (state.status === 'archived')
          throw new ConflictProblem(`contact ${contactId} is archived; restore it first`);
        const details = merged(state.details, patch);
        const held = dedupeKeys(state.details);
        const wanted = dedupeKeys(details);
        const added = wanted.filter((key) => !held.includes(key));
        await this.keys.reserveOrConflict(ctx.tenantId, memberId, contactId, added);
        for (const key of added) reserved.add(key);
        dropped = held.filter((key) => !wanted.includes(key));
        return contactDecider.decide(
          { type: 'ChangeContactDetails', memberId, contactId, at: this.writer.clock(), details },
          state,
        );
      });
      await release(dropped);
      return result;
    } catch (error) {
      await release([...reserved]);
      throw error;
    }
  }
}

function merged(
  current: Extract<ContactState, { details: ContactDetails }>['details'],
  patch: ChangeContactDetailsCommand['patch'],
): ContactDetails {
  const details: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete details[key];
    else details[key] = value;
  }
  return details as ContactDetails;
}
