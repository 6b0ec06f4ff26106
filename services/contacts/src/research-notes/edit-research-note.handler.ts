import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { EditResearchNoteCommand } from './research-note.command';

@CommandHandler(EditResearchNoteCommand)
export class EditResearchNoteHandler implements ICommandHandler<EditResearchNoteCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute(command: EditResearchNoteCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, expectedVersion, noteId, text } = command;
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'EditResearchNote', memberId, contactId, at: this.writer.clock(), noteId, text },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
