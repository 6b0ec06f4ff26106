import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { SetAutoSendCommand } from './set-auto-send.command';

@CommandHandler(SetAutoSendCommand)
export class SetAutoSendHandler implements ICommandHandler<SetAutoSendCommand> {
  constructor(@Inject(OutreachWriter) private readonly writer: OutreachWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    autoSend,
  }: SetAutoSendCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      { type: 'SetAutoSend', memberId, contactId, at: this.writer.clock(), autoSend },
      versionOption(expectedVersion),
    );
  }
}
