import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  AcceptsBody,
  type BodyPolicy,
  Ctx,
  type RequestContext,
  UnsupportedMediaTypeProblem,
  ZodPipe,
} from '@rapport/platform/http';
import { memberParams } from '../shared/contact-params';
import {
  CommitImportCommand,
  DryRunImportCommand,
  GetImportQuery,
} from './import-contacts.command';
import {
  importContactsRequest,
  type ImportContactsRequest,
  importParams,
  type ImportParams,
} from './import-contacts.request';
import { importView } from './import-view';
import { IMPORT_LIMITS } from './parsing';
import { importResponse } from '../shared/contact-responses';

export const IMPORT_CONTENT_TYPES = [
  'text/csv',
  'text/vcard',
  'text/x-vcard',
  'text/plain',
  'application/octet-stream',
];

/**
 * The file is the body. The limit leaves room above the import's own size check, so that a file
 * just too large is answered by it (naming the limit in megabytes) rather than by the transport.
 * Any charset label is taken: the decoder reads the encoding from the bytes (BOMs, UTF-8 or not).
 */
const IMPORT_BODY: BodyPolicy = {
  mediaTypes: IMPORT_CONTENT_TYPES,
  limitBytes: IMPORT_LIMITS.maxBytes + 64 * 1024,
  anyCharset: true,
};

@ApiTags('contact imports')
@Controller('members/:memberId/contact-imports')
export class ImportContactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Step one: the file as the request body; answers with every row's outcome, stores nothing else. */
  @Post()
  @ApiAnswers({ 201: importResponse })
  @AcceptsBody(IMPORT_BODY)
  async dryRun(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Query(new ZodPipe(importContactsRequest, 'query')) request: ImportContactsRequest,
    @Body() file: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!Buffer.isBuffer(file)) {
      throw new UnsupportedMediaTypeProblem(
        `send the file itself as ${IMPORT_CONTENT_TYPES.join(', ')}`,
      );
    }
    const doc = await this.commands.execute(new DryRunImportCommand(ctx, memberId, file, request));
    void reply.status(201).header('location', `/members/${memberId}/contact-imports/${doc._id}`);
    return importView(doc);
  }

  @Get(':importId')
  @ApiAnswers({ 200: importResponse })
  async get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(importParams, 'params')) { memberId, importId }: ImportParams,
  ) {
    return importView(await this.queries.execute(new GetImportQuery(ctx, memberId, importId)));
  }

  /** Step two: applies the rows that were new. Committing again answers with the same result. */
  @Post(':importId/commit')
  @ApiAnswers({ 200: importResponse })
  @HttpCode(200)
  async commit(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(importParams, 'params')) { memberId, importId }: ImportParams,
  ) {
    return importView(
      await this.commands.execute(new CommitImportCommand(ctx, memberId, importId)),
    );
  }
}
