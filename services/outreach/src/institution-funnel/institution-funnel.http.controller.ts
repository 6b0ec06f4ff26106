import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { InstitutionFunnelQuery } from './institution-funnel.query';
import { funnelWeeksResponse, institutionFunnelResponse } from '../shared/outreach-responses';
import { FunnelWeeksQuery } from './funnel-weeks.query';
import { funnelWeeksRequest, type FunnelWeeksRequest } from './funnel-weeks.request';

@ApiTags('pipeline')
@Controller('funnel')
export class InstitutionFunnelController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: institutionFunnelResponse })
  funnel(@Ctx() ctx: RequestContext) {
    return this.queries.execute(new InstitutionFunnelQuery(ctx));
  }

  /** `?from=2026-W01&to=2026-W13` (ISO weeks, at most 104), by default the last 13 weeks. */
  @Get('weeks')
  @ApiAnswers({ 200: funnelWeeksResponse })
  weeks(
    @Ctx() ctx: RequestContext,
    @Query(new ZodPipe(funnelWeeksRequest, 'query')) request: FunnelWeeksRequest,
  ) {
    return this.queries.execute(new FunnelWeeksQuery(ctx, request));
  }
}
