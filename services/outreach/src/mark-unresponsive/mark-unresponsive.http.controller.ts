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
import { answerWithOutreach } from '../shared/outreach-change.controller-support';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { MarkUnresponsiveCommand } from './mark-unresponsive.command';
import { markUnresponsiveRequest, type MarkUnresponsiveRequest } from './mark-unresponsive.request';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class MarkUnresponsiveController {
  constructor(private readonly commands: CommandBus) {}

  @Post('unresponsive')
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(markUnresponsiveRequest) })
  async markUnresponsive(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(markUnresponsiveRequest)) body: MarkUnresponsiveRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new MarkUnresponsiveCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      body,
    );
    return answerWithOutreach(reply, memberId, contactId, await this.commands.execute(command));
  }
}
