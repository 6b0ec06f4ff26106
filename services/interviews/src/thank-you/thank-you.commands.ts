import type { RequestContext } from '@rapport/platform/http';
import type { ThankYouChannel } from '../domain/interview.events';
import { InterviewChangeCommand } from '../shared/interview-command';

export class DraftThankYouCommand extends InterviewChangeCommand {}

export class SendThankYouCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly channel: ThankYouChannel,
    readonly subject: string | undefined,
    readonly body: string | undefined,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}
