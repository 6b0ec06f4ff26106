import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import { ListContactsQuery } from './list-contacts.query';
import { listContactsRequest, type ListContactsRequest } from './list-contacts.request';
import { contactListResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contacts')
export class ListContactsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: contactListResponse })
  list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Query(new ZodPipe(listContactsRequest, 'query')) request: ListContactsRequest,
  ) {
    return this.queries.execute(new ListContactsQuery(ctx, memberId, request));
  }
}
