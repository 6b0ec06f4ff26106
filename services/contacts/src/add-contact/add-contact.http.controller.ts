import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
  setEtag,
} from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import { contactView } from '../shared/contact-view';
import { AddContactCommand } from './add-contact.command';
import { addContactRequest, type AddContactRequest } from './add-contact.request';
import { contactResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts')
export class AddContactController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiAnswers({ 201: contactResponse })
  @ApiBody({ schema: zodToOpenApi(addContactRequest) })
  async add(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Body(new ZodPipe(addContactRequest)) body: AddContactRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { state, version } = await this.commands.execute(
      new AddContactCommand(ctx, memberId, body),
    );
    const view = contactView(state, version);
    setEtag(reply, version);
    void reply.status(201).header('location', `/members/${memberId}/contacts/${view?.contactId}`);
    return view;
  }
}
