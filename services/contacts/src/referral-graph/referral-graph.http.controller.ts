import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import { ReferralGraphQuery } from './referral-graph.query';
import { referralGraphResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/referral-graph')
export class ReferralGraphController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: referralGraphResponse })
  graph(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
  ) {
    return this.queries.execute(new ReferralGraphQuery(ctx, memberId));
  }
}
