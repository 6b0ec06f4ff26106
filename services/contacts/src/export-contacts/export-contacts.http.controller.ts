import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiAnswers, Ctx, type RequestContext, ZodPipe } from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import { ExportContactsQuery } from './export-contacts.query';
import { exportContactsRequest, type ExportContactsRequest } from './export-contacts.request';

@ApiTags('contacts')
@Controller('members/:memberId/contacts/export')
export class ExportContactsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiAnswers({ 200: { mediaType: ['text/csv', 'text/vcard'], description: 'The file' } })
  async export(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Query(new ZodPipe(exportContactsRequest, 'query')) request: ExportContactsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.queries.execute(new ExportContactsQuery(ctx, memberId, request));
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }
}
