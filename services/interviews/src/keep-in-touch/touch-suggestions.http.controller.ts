import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  ApiProblems,
  ConflictProblem,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import { assertCanRead } from '../shared/interview-access';
import { type InterviewParams, interviewParams } from '../shared/interview-params';
import { touchSuggestionsResponse } from '../shared/interview-responses';
import { InterviewWriter } from '../shared/interview-writer';
import { touchSuggestions } from './touch-suggestions';

@ApiTags('interviews')
@Controller('members/:memberId/interviews/:interviewId/touch-suggestions')
export class TouchSuggestionsController {
  constructor(@Inject(InterviewWriter) private readonly writer: InterviewWriter) {}

  @Get()
  @ApiAnswers({ 200: touchSuggestionsResponse })
  // Before the conversation is recorded there is nothing to suggest from.
  @ApiProblems(409)
  async suggestions(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(interviewParams, 'params')) { memberId, interviewId }: InterviewParams,
  ) {
    assertCanRead(ctx, memberId);
    const { state } = await this.writer.load(ctx.tenantId, memberId, interviewId);
    if (state.status === 'none') throw new NotFoundProblem(`no interview ${interviewId}`);
    if (state.status !== 'completed') {
      throw new ConflictProblem('suggestions come from a conversation; record it first', {
        reason: 'not-completed',
      });
    }
    return { suggestions: touchSuggestions(state) };
  }
}
