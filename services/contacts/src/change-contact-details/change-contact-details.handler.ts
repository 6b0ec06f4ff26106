import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictProblem, NotFoundProblem } from '@rapport/platform/http';
import { ConcurrencyError } from '@rapport/eventstore';
import type { ContactDetails } from '../domain/contact-details';
import { contactStreamId } from '../domain/contact.decider';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { ChangeContactDetailsCommand } from './change-contact-details.command';

@CommandHandler(ChangeContactDetailsCommand)
export class ChangeContactDetailsHandler implements ICommandHandler<ChangeContactDetailsCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  async execute(command: ChangeContactDetailsCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, expectedVersion, patch } = command;
    assertCanWrite(ctx, memberId);
    const { state, version } = await this.writer.load(ctx.tenantId, memberId, contactId);
    if (state.status === 'absent' || state.status === 'erased') {
      throw new NotFoundProblem(`no contact ${contactId}`);
    }
    if (expectedVersion !== undefined && expectedVersion !== version) {
      // Checked before merging: the patch applies to the version the client saw, or not at all.
      throw new ConcurrencyError(
        { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, contactId) },
        expectedVersion,
      );
    }
    if (state.status === 'archived')
      throw new ConflictProblem(`contact ${contactId} is archived; restore it first`);
    const details: Record<string, unknown> = { ...state.details };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) delete details[key];
      else details[key] = value;
    }
    return this.writer.execute(
      ctx,
      {
        type: 'ChangeContactDetails',
        memberId,
        contactId,
        at: this.writer.clock(),
        details: details as ContactDetails,
      },
      { expectedVersion: expectedVersion ?? version },
    );
  }
}
