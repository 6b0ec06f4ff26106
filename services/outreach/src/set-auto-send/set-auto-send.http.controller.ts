import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
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
import { answerWithOutreach } from '../shared/outreach-change.controller-support';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { SetAutoSendCommand } from './set-auto-send.command';
import { setAutoSendRequest, type SetAutoSendRequest } from './set-auto-send.request';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class SetAutoSendController {
  constructor(private readonly commands: CommandBus) {}

  @Put('auto-send')
  @ApiBody({ schema: zodToOpenApi(setAutoSendRequest) })
  async setAutoSend(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(setAutoSendRequest)) { autoSend }: SetAutoSendRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new SetAutoSendCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      autoSend,
    );
    return answerWithOutreach(reply, memberId, contactId, await this.commands.execute(command));
  }
}
