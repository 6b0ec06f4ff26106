import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { AddResearchNoteCommand } from './research-note.command';

@CommandHandler(AddResearchNoteCommand)
export class AddResearchNoteHandler implements ICommandHandler<AddResearchNoteCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    text,
  }: AddResearchNoteCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    const noteId = this.writer.newId();
    return this.writer.execute(
      ctx,
      { type: 'AddResearchNote', memberId, contactId, at: this.writer.clock(), noteId, text },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
