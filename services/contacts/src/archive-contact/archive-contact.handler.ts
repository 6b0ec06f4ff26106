import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { ArchiveContactCommand } from './archive-contact.command';

@CommandHandler(ArchiveContactCommand)
export class ArchiveContactHandler implements ICommandHandler<ArchiveContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    reason,
  }: ArchiveContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      {
        type: 'ArchiveContact',
        memberId,
        contactId,
        at: this.writer.clock(),
        ...(reason ? { reason } : {}),
      },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
