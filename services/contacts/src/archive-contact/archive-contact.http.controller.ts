import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
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
import { ArchiveContactCommand, RestoreContactCommand } from './archive-contact.command';
import { archiveContactRequest, type ArchiveContactRequest } from './archive-contact.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId')
export class ArchiveContactController {
  constructor(private readonly commands: CommandBus) {}

  @Post('archive')
  @ApiAnswers({ 200: contactResponse })
  @HttpCode(200)
  @ApiBody({ schema: zodToOpenApi(archiveContactRequest) })
  async archive(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(archiveContactRequest)) { reason }: ArchiveContactRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new ArchiveContactCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      reason,
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }

  @Post('restore')
  @ApiAnswers({ 200: contactResponse })
  @HttpCode(200)
  async restore(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new RestoreContactCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }
}
