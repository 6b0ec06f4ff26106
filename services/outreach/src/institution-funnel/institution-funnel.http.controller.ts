import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext } from '@rapport/platform/http';
import { InstitutionFunnelQuery } from './institution-funnel.query';
import { institutionFunnelResponse } from '../shared/outreach-responses';

@ApiTags('pipeline')
@Controller('funnel')
export class InstitutionFunnelController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: institutionFunnelResponse })
  funnel(@Ctx() ctx: RequestContext) {
    return this.queries.execute(new InstitutionFunnelQuery(ctx));
  }
}
