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
import { ClassifyContactCommand } from './classify-contact.command';
import { classifyContactRequest, type ClassifyContactRequest } from './classify-contact.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId/classification')
export class ClassifyContactController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @ApiAnswers({ 200: contactResponse })
  @ApiBody({ schema: zodToOpenApi(classifyContactRequest) })
  async classify(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(classifyContactRequest)) body: ClassifyContactRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const command = new ClassifyContactCommand(
      ctx,
      memberId,
      contactId,
      versionFromIfMatch(ifMatch, false),
      body,
    );
    return answerWithContact(reply, await this.commands.execute(command));
  }
}
