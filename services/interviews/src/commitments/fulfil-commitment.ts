import { Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type RequestContext, ZodPipe } from '@rapport/platform/http';
import { forwardToInterviewWriter } from '../shared/forward-to-interview-writer';
import { InterviewChangeCommand } from '../shared/interview-command';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { id } from '../shared/interview-params';

export class FulfilCommitmentCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly commitmentId: string,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

/** Following through on what was promised in the conversation; marking it twice changes nothing. */
export const FulfilCommitmentHandler = forwardToInterviewWriter(
  FulfilCommitmentCommand,
  ({ memberId, interviewId, commitmentId }, at) => ({
    type: 'FulfilCommitment',
    memberId,
    interviewId,
    at,
    commitmentId,
  }),
);

@InterviewChangeController()
export class FulfilCommitmentController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'commitments/:commitmentId/fulfil')
  async fulfil(
    @Change() change: InterviewChange,
    @Param('commitmentId', new ZodPipe(id, 'params')) commitmentId: string,
  ) {
    const command = new FulfilCommitmentCommand(...change.target, commitmentId);
    return answerChange(change, await this.commands.execute(command));
  }
}
