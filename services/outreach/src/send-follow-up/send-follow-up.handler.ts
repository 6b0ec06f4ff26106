import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter, type WriteResult } from '../shared/outreach-writer';
import { FollowUpPlanner } from './follow-up-planner';
import { SendFollowUpCommand } from './send-follow-up.command';

@CommandHandler(SendFollowUpCommand)
export class SendFollowUpHandler implements ICommandHandler<SendFollowUpCommand> {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(FollowUpPlanner) private readonly planner: FollowUpPlanner,
  ) {}

  execute({
    ctx,
    memberId,
    contactId,
    expectedVersion,
    request,
  }: SendFollowUpCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    return this.writer.change(
      ctx,
      memberId,
      contactId,
      (current) => this.planner.plan(ctx.tenantId, memberId, contactId, request, current),
      versionOption(expectedVersion),
    );
  }
}
