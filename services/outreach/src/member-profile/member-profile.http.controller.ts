import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { type MemberParams, memberParams } from '../shared/outreach-params';
import { GetMemberProfileQuery } from './get-member-profile.query';
import { memberProfileRequest, type MemberProfileRequest } from './member-profile.request';
import { PutMemberProfileCommand } from './put-member-profile.command';
import { memberProfileResponse } from '../shared/outreach-responses';

@ApiTags('member profile')
@Controller('members/:memberId/profile')
export class MemberProfileController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put()
  @ApiAnswers({ 200: memberProfileResponse })
  @ApiBody({ schema: zodToOpenApi(memberProfileRequest) })
  put(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
    @Body(new ZodPipe(memberProfileRequest)) body: MemberProfileRequest,
  ) {
    return this.commands.execute(new PutMemberProfileCommand(ctx, memberId, body));
  }

  @Get()
  @ApiAnswers({ 200: memberProfileResponse })
  get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: MemberParams,
  ) {
    return this.queries.execute(new GetMemberProfileQuery(ctx, memberId));
  }
}
