import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcurrencyError, foldEvents } from '@rapport/eventstore';
import { ConflictProblem } from '@rapport/platform/http';
import { contactDecider, contactStreamId } from '../domain/contact.decider';
import type { ContactEvent } from '../domain/contact.events';
import { ContactRejected } from '../domain/contact-rejected';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { AddResearchNoteCommand } from './research-note.command';

/**
 * Adds a note. With a client-chosen `noteId` the same request again (same text) answers as the
 * first did: the contact as the note's addition left it, even when its If-Match is stale by now;
 * other text under that id is a 409.
 */
@CommandHandler(AddResearchNoteCommand)
export class AddResearchNoteHandler implements ICommandHandler<AddResearchNoteCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  async execute(command: AddResearchNoteCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, expectedVersion, text } = command;
    assertCanWrite(ctx, memberId);
    const noteId = command.noteId ?? this.writer.newId();
    try {
      const written = await this.writer.execute(
        ctx,
        { type: 'AddResearchNote', memberId, contactId, at: this.writer.clock(), noteId, text },
        expectedVersion === undefined ? {} : { expectedVersion },
      );
      // Nothing recorded: the decider found this very note there already.
      if (written.events.length > 0) return written;
      return (await this.asFirstAnswered(command, noteId)) ?? written;
    } catch (error) {
      if (error instanceof ContactRejected && error.reason === 'note-exists') {
        throw new ConflictProblem(`note ${noteId} already exists with other text (text)`, {
          reason: 'note-exists',
          differences: ['text'],
        });
      }
      const repeat =
        command.noteId && error instanceof ConcurrencyError
          ? await this.asFirstAnswered(command, noteId)
          : undefined;
      if (repeat) return repeat;
      throw error;
    }
  }

  /** The contact as the note's addition left it, if the note is there with this text. */
  private async asFirstAnswered(
    { ctx, memberId, contactId, text }: AddResearchNoteCommand,
    noteId: string,
  ): Promise<WriteResult | undefined> {
    const stream = { tenantId: ctx.tenantId, streamId: contactStreamId(memberId, contactId) };
    const events = await this.writer.eventStore.readStream<ContactEvent>(stream);
    const at = events.findIndex((recorded) => {
      const event = { type: recorded.type, data: recorded.data } as ContactEvent;
      return (
        event.type === 'ResearchNoteAdded' &&
        event.data.noteId === noteId &&
        event.data.text === text
      );
    });
    if (at < 0) return undefined;
    const upTo = events.slice(0, at + 1);
    return { state: foldEvents(contactDecider, upTo), version: upTo.at(-1)!.version, events: [] };
  }
}
