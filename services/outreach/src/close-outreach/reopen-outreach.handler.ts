import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { ReopenOutreachCommand } from './close-outreach.command';

@CommandHandler(ReopenOutreachCommand)
export class ReopenOutreachHandler implements ICommandHandler<ReopenOutreachCommand> {
  constructor(@Inject(OutreachWriter) private readonly writer: OutreachWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
  }: ReopenOutreachCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'ReopenOutreach', memberId, contactId, at: this.writer.clock() },
      versionOption(expectedVersion),
    );
  }
}
