import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { UntagContactCommand } from './tag-contact.command';

@CommandHandler(UntagContactCommand)
export class UntagContactHandler implements ICommandHandler<UntagContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    tag,
  }: UntagContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'UntagContact', memberId, contactId, at: this.writer.clock(), tag },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
