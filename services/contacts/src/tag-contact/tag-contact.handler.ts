import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { TagContactCommand } from './tag-contact.command';

@CommandHandler(TagContactCommand)
export class TagContactHandler implements ICommandHandler<TagContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    tag,
  }: TagContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'TagContact', memberId, contactId, at: this.writer.clock(), tag },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
