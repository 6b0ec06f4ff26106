import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { EraseContactCommand } from './erase-contact.command';

@CommandHandler(EraseContactCommand)
export class EraseContactHandler implements ICommandHandler<EraseContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
  }: EraseContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'EraseContact', memberId, contactId, at: this.writer.clock() },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
