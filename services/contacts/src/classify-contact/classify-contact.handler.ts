import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { ClassifyContactCommand } from './classify-contact.command';

@CommandHandler(ClassifyContactCommand)
export class ClassifyContactHandler implements ICommandHandler<ClassifyContactCommand> {
  constructor(@Inject(ContactWriter) private readonly writer: ContactWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    request,
  }: ClassifyContactCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'ClassifyContact', memberId, contactId, at: this.writer.clock(), ...request },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
