import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { CloseOutreachCommand } from './close-outreach.command';

/** Set aside at any point, for any reason; it keeps where it stood for a later reopen. */
@CommandHandler(CloseOutreachCommand)
export class CloseOutreachHandler implements ICommandHandler<CloseOutreachCommand> {
  constructor(@Inject(OutreachWriter) private readonly writer: OutreachWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    reason,
  }: CloseOutreachCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'CloseOutreach', memberId, contactId, at: this.writer.clock(), reason },
      versionOption(expectedVersion),
    );
  }
}
