import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { RestoreContactCommand } from './archive-contact.command';

@CommandHandler(RestoreContactCommand)
export class RestoreContactHandler implements ICommandHandler<RestoreContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
  }: RestoreContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'RestoreContact', memberId, contactId, at: this.writer.clock() },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
