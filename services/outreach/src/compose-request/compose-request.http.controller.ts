import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { ComposeRequestQuery } from './compose-request.query';
import { composeRequestRequest, type ComposeRequestRequest } from './compose-request.request';
import { composedDraftResponse } from '../shared/outreach-responses';

@ApiTags('composer')
@Controller('members/:memberId/outreach/:contactId')
export class ComposeRequestController {
  constructor(private readonly queries: QueryBus) {}

  @Post('compose')
  @ApiAnswers({ 200: composedDraftResponse })
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(composeRequestRequest) })
  compose(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Body(new ZodPipe(composeRequestRequest)) body: ComposeRequestRequest,
  ) {
    return this.queries.execute(new ComposeRequestQuery(ctx, memberId, contactId, body));
  }
}
