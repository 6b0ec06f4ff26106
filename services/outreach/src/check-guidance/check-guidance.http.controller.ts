import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  ApiProblems,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { CheckGuidanceQuery } from './check-guidance.query';
import { checkGuidanceRequest, type CheckGuidanceRequest } from './check-guidance.request';
import { guidanceReportResponse } from './check-guidance.response';

/** Any authenticated caller may ask (the guard still demands a valid token); nothing is stored. */
@ApiTags('composer')
@Controller('guidance')
export class CheckGuidanceController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(checkGuidanceRequest) })
  @ApiAnswers({ 200: guidanceReportResponse })
  @ApiProblems(422)
  check(
    @Ctx() ctx: RequestContext,
    @Body(new ZodPipe(checkGuidanceRequest)) body: CheckGuidanceRequest,
  ) {
    return this.queries.execute(new CheckGuidanceQuery(ctx.tenantId, body));
  }
}
