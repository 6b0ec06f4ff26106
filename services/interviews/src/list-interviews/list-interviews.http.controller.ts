import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { InterviewProjections } from '../projections/interview-projections';
import { assertCanRead } from '../shared/interview-access';
import { memberParams } from '../shared/interview-params';
import { interviewListResponse } from '../shared/interview-responses';

/**
 * The member's interviews, soonest first, and the contacts who accepted a request and wait for a
 * date (`toSchedule`): one read-model document by `_id`, sorted in memory.
 */
@ApiTags('interviews')
@Controller('members/:memberId/interviews')
export class ListInterviewsController {
  constructor(@Inject(InterviewProjections) private readonly projections: InterviewProjections) {}

  @Get()
  @ApiAnswers({ 200: interviewListResponse })
  async list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
  ) {
    assertCanRead(ctx, memberId);
    const board = await this.projections.memberInterviews(ctx.tenantId, memberId);
    const interviews = Object.values(board?.interviews ?? {}).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    );
    const toSchedule = Object.values(board?.toSchedule ?? {}).sort((a, b) =>
      a.since.localeCompare(b.since),
    );
    return { interviews, toSchedule };
  }
}
