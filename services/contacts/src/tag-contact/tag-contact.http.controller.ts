import { Controller, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  versionFromIfMatch,
} from '@rapport/platform/http';
import { answerWithContact } from '../shared/contact-change.controller-support';
import { TagContactCommand, UntagContactCommand } from './tag-contact.command';
import { tagParams, type TagParams } from './tag-contact.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId/tags/:kind/:value')
export class TagContactController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @ApiAnswers({ 200: contactResponse })
  async tag(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(tagParams, 'params')) { memberId, contactId, kind, value }: TagParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new TagContactCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      { kind, value },
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }

  @Delete()
  @ApiAnswers({ 200: contactResponse })
  async untag(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(tagParams, 'params')) { memberId, contactId, kind, value }: TagParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new UntagContactCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      { kind, value },
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }
}
