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
import { DraftOutreachCommand } from './draft-outreach.command';
import { draftOutreachRequest, type DraftOutreachRequest } from './draft-outreach.request';

@ApiTags('outreach')
@Controller('members/:memberId/outreach/:contactId')
export class DraftOutreachController {
  constructor(private readonly commands: CommandBus) {}

  @Put('draft')
  @ApiBody({ schema: zodToOpenApi(draftOutreachRequest) })
  async draft(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(outreachParams, 'params')) { memberId, contactId }: OutreachParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(draftOutreachRequest)) body: DraftOutreachRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new DraftOutreachCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      body,
    );
    const { written, guidance } = await this.commands.execute(command);
    return { ...answerWithOutreach(reply, memberId, contactId, written), guidance };
  }
}
