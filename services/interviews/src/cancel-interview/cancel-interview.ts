import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import type { RequestContext } from '@rapport/platform/http';
import { ZodPipe } from '@rapport/platform/http';
import { forwardToInterviewWriter } from '../shared/forward-to-interview-writer';
import { InterviewChangeCommand } from '../shared/interview-command';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';

export const cancelInterviewRequest = z.strictObject({
  reason: z.string().trim().max(500).optional(),
});

export class CancelInterviewCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly reason: string | undefined,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

/** Cancelling sends the contact a CANCEL for the same UID; a second cancel changes nothing. */
export const CancelInterviewHandler = forwardToInterviewWriter(
  CancelInterviewCommand,
  ({ memberId, interviewId, reason }, at) => ({
    type: 'CancelInterview',
    memberId,
    interviewId,
    at,
    ...(reason ? { reason } : {}),
  }),
);

@InterviewChangeController()
export class CancelInterviewController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'cancel', cancelInterviewRequest)
  async cancel(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(cancelInterviewRequest)) body: z.output<typeof cancelInterviewRequest>,
  ) {
    const written = await this.commands.execute(
      new CancelInterviewCommand(...change.target, body.reason),
    );
    return answerChange(change, written);
  }
}
