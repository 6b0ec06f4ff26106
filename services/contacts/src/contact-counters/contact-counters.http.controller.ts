import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import { ContactCountersQuery } from './contact-counters.query';
import { contactCountersResponse } from '../shared/contact-responses';

@ApiTags('contacts')
@Controller('members/:memberId/contact-counters')
export class ContactCountersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: contactCountersResponse })
  counters(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
  ) {
    return this.queries.execute(new ContactCountersQuery(ctx, memberId));
  }
}
