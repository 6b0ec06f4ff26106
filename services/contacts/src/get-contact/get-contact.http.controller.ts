import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe, setEtag } from '@rapport/platform/http';
import { type ContactParams, contactParams } from '../shared/contact-params';
import { GetContactQuery } from './get-contact.query';
import { contactWithReferralsResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/:contactId')
export class GetContactController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: contactWithReferralsResponse })
  async get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(contactParams, 'params')) { memberId, contactId }: ContactParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const contact = await this.queries.execute(new GetContactQuery(ctx, memberId, contactId));
    setEtag(reply, contact.version);
    return contact;
  }
}
