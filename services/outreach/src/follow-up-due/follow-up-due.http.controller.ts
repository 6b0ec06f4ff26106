import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { answerWithOutreach } from '../shared/outreach-change.controller-support';
import { type OutreachParams, outreachParams } from '../shared/outreach-params';
import { FollowUpDueCommand } from './follow-up-due.command';
import { followUpDueRequest, type FollowUpDueRequest } from './follow-up-due.request';
import { followUpDueResponse } from '../shared/outreach-responses';

/** Internal: called by the relationship workflow's activity with a system token. */
@ApiTags('internal')
@Controller('members/:memberId/outreach/:contactId')
export class FollowUpDueController {
  constructor(private readonly commands: CommandBus) {}

  @Post('follow-up-due')
  @ApiAnswers({ 200: followUpDueResponse })
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(followUpDueRequest) })
  async followUpDue(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Body(new ZodPipe(followUpDueRequest)) body: FollowUpDueRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { written, raised, autoSent, autoSendSkipped } = await this.commands.execute(
      new FollowUpDueCommand(ctx, memberId, contactId, body),
    );
    return {
      ...answerWithOutreach(reply, memberId, contactId, written),
      raised,
      autoSent,
      autoSendSkipped: autoSendSkipped ?? null,
    };
  }
}
