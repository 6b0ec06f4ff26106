import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type RequestContext, ZodPipe } from '@rapport/platform/http';
import type { Conversation } from '../domain/interview.events';
import { forwardToInterviewWriter } from '../shared/forward-to-interview-writer';
import { InterviewChangeCommand } from '../shared/interview-command';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { requestFingerprint } from '../shared/request-fingerprint';
import {
  completeInterviewRequest,
  type CompleteInterviewRequest,
} from './complete-interview.request';

export class CompleteInterviewCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly request: CompleteInterviewRequest,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

/** Empty optional texts are left out, so the events carry only what was said. */
function conversationOf({ closingAsks, ...rest }: CompleteInterviewRequest): Conversation {
  const referrals = closingAsks.referrals.map(({ referralId, name, ...optional }) => ({
    referralId,
    name,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
  }));
  return { ...rest, closingAsks: { ...closingAsks, referrals } };
}

/** Recording the conversation; the same record again is a repeat, another one a conflict. */
export const CompleteInterviewHandler = forwardToInterviewWriter(
  CompleteInterviewCommand,
  ({ memberId, interviewId, request }, at) => ({
    type: 'CompleteInterview',
    memberId,
    interviewId,
    at,
    conversation: conversationOf(request),
    fingerprint: requestFingerprint(request),
  }),
);

@InterviewChangeController()
export class CompleteInterviewController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'complete', completeInterviewRequest)
  async complete(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(completeInterviewRequest)) body: CompleteInterviewRequest,
  ) {
    const written = await this.commands.execute(
      new CompleteInterviewCommand(...change.target, body),
    );
    return answerChange(change, written);
  }
}
