import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactKeys } from '../shared/contact-keys';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { EraseContactCommand } from './erase-contact.command';

@CommandHandler(EraseContactCommand)
export class EraseContactHandler implements ICommandHandler<EraseContactCommand> {
  constructor(
    @Inject(ContactWriter) private readonly writer: ContactWriter,
    @Inject(ContactKeys) private readonly keys: ContactKeys,
  ) {}

  async execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
  }: EraseContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    const result = await this.writer.execute(
      ctx,
      { type: 'EraseContact', memberId, contactId, at: this.writer.clock() },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
    // Erased contacts hold no keys: the member may add the same person again.
    await this.keys.release(ctx.tenantId, memberId, contactId);
    return result;
  }
}
