import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { type MemberParams, memberParams } from '../shared/outreach-params';
import { PipelineBoardQuery } from './pipeline-board.query';
import { pipelineBoardResponse } from '../shared/outreach-responses';

@ApiTags('pipeline')
@Controller('members/:memberId/pipeline')
export class PipelineBoardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: pipelineBoardResponse })
  board(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
  ) {
    return this.queries.execute(new PipelineBoardQuery(ctx, memberId));
  }
}
