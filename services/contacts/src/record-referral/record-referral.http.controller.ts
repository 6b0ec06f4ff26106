import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { answerWithContact } from '../shared/contact-change.controller-support';
import { type ContactParams, contactParams } from '../shared/contact-params';
import { RecordReferralCommand } from './record-referral.command';
import { recordReferralRequest, type RecordReferralRequest } from './record-referral.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId/referral')
export class RecordReferralController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @ApiAnswers({ 200: contactResponse })
  @ApiBody({ schema: zodToOpenApi(recordReferralRequest) })
  async record(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(recordReferralRequest)) body: RecordReferralRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new RecordReferralCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      body,
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }
}
