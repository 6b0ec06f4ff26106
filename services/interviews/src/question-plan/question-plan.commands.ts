import type { RequestContext } from '@rapport/platform/http';
import { InterviewChangeCommand } from '../shared/interview-command';
import type { QuestionPlanRequest, SuggestQuestionsRequest } from './question-plan.requests';

export class SuggestQuestionsCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly request: SuggestQuestionsRequest,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

export class PutQuestionPlanCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly request: QuestionPlanRequest,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}

export class MarkQuestionAskedCommand extends InterviewChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
    readonly questionId: string,
    readonly asked: boolean,
  ) {
    super(ctx, memberId, interviewId, expectedVersion);
  }
}
