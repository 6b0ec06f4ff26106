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
import { CloseOutreachCommand, ReopenOutreachCommand } from './close-outreach.command';
import { closeOutreachRequest, type CloseOutreachRequest } from './close-outreach.request';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class CloseOutreachController {
  constructor(private readonly commands: CommandBus) {}

  @Post('close')
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(closeOutreachRequest) })
  async close(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(closeOutreachRequest)) { reason }: CloseOutreachRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new CloseOutreachCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      reason,
    );
    return answerWithOutreach(reply, memberId, contactId, await this.commands.execute(command));
  }

  @Post('reopen')
  @HttpCode(200)
  async reopen(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new ReopenOutreachCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
    );
    return answerWithOutreach(reply, memberId, contactId, await this.commands.execute(command));
  }
}
