import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import { warmthOfSource } from '../domain/contact-details';
import type { AddContact } from '../domain/contact.commands';
import { ContactRejected } from '../domain/contact-rejected';
import { assertCanWrite } from '../shared/contact-access';
import type { WriteResult } from '../shared/contact-writer';
import { ContactAdder } from './contact-adder';
import { AddContactCommand } from './add-contact.command';
import { repeatedAdd } from './repeated-add';

@CommandHandler(AddContactCommand)
export class AddContactHandler implements ICommandHandler<AddContactCommand> {
  constructor(@Inject(ContactAdder) private readonly adder: ContactAdder) {}

  async execute({ ctx, memberId, request }: AddContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    const { contactId, warmth, source, tags, referredBy, ...details } = request;
    if (referredBy) await this.requireContact(ctx.tenantId, memberId, referredBy.contactId);
    const inferredWarmth = warmth ?? (source ? warmthOfSource(source) : undefined);
    const { writer } = this.adder;
    const command: AddContact = {
      type: 'AddContact',
      memberId,
      contactId: contactId ?? writer.newId(),
      at: writer.clock(),
      details,
      ...(inferredWarmth ? { warmth: inferredWarmth } : {}),
      ...(source ? { source } : {}),
      tags,
      origin: { via: 'manual' },
      ...(referredBy ? { referredBy } : {}),
    };
    // A client-chosen id may be a repeat: answered before any key is reserved for it.
    const repeat = contactId ? await repeatedAdd(writer, ctx, command) : undefined;
    if (repeat) return repeat;
    try {
      return await this.adder.add(ctx, command);
    } catch (error) {
      // A duplicate that raced the first one to the stream: answered as a repeat once it lost.
      const lost = error instanceof ContactRejected && error.reason === 'contact-exists';
      const raced = lost ? await repeatedAdd(writer, ctx, command) : undefined;
      if (raced) return raced;
      throw error;
    }
  }

  private async requireContact(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<void> {
    const { state } = await this.adder.writer.load(tenantId, memberId, contactId);
    if (state.status === 'absent' || state.status === 'erased') {
      throw new NotFoundProblem(`the referrer ${contactId} is not one of your contacts`);
    }
  }
}
