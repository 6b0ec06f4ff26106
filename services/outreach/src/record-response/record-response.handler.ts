import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { RecordResponseCommand } from './record-response.command';

/** The contact answered: follow-ups stop, whatever timer is still running. */
@CommandHandler(RecordResponseCommand)
export class RecordResponseHandler implements ICommandHandler<RecordResponseCommand> {
  constructor(@Inject(OutreachWriter) private readonly writer: OutreachWriter) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    request,
  }: RecordResponseCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.execute(
      ctx,
      {
        type: 'RecordResponse',
        memberId,
        contactId,
        at: this.writer.clock(),
        ...request,
        recordedVia: 'member',
      },
      versionOption(expectedVersion),
    );
  }
}
