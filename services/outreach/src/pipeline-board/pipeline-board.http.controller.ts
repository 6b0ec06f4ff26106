import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { type MemberParams, memberParams } from '../shared/outreach-params';
import { PipelineBoardQuery } from './pipeline-board.query';

@ApiTags('pipeline')
@Controller('members/:memberId/pipeline')
export class PipelineBoardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  board(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
  ) {
    return this.queries.execute(new PipelineBoardQuery(ctx, memberId));
  }
}
