import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe, setEtag } from '@rapport/platform/http';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { GetOutreachQuery } from './get-outreach.query';
import { outreachWithHistoryResponse } from '../shared/outreach-responses';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class GetOutreachController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: outreachWithHistoryResponse })
  async get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outreach = await this.queries.execute(new GetOutreachQuery(ctx, memberId, contactId));
    setEtag(reply, outreach.version);
    return outreach;
  }
}
