import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { type SendRequest, sendRequest } from '../shared/message-content.request';
import { answerWithOutreach } from '../shared/outreach-change.controller-support';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { SendFollowUpCommand } from './send-follow-up.command';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class SendFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('follow-ups')
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(sendRequest) })
  async followUp(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(sendRequest)) body: SendRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new SendFollowUpCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      body,
    );
    return answerWithOutreach(reply, memberId, contactId, await this.commands.execute(command));
  }
}
