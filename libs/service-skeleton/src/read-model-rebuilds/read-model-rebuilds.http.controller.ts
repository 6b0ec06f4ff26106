import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Ctx, ForbiddenProblem, parseOrProblem, type RequestContext } from '@rapport/platform/http';
import { ReadModelRebuilds } from './read-model-rebuilds';
import type { RebuildRecord } from './rebuild-records';

const readModelName = z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/);
const progressParams = z.strictObject({
  name: readModelName,
  rebuildId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});

function view(record: RebuildRecord) {
  return {
    rebuildId: record._id,
    readModel: record.readModel,
    state: record.state,
    phase: record.phase,
    eventsTotal: record.eventsTotal,
    eventsRead: record.eventsRead,
    documentsWritten: record.documentsWritten,
    startedAt: record.startedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
    error: record.error,
  };
}
export type RebuildView = ReturnType<typeof view>;

function operatorOnly(ctx: RequestContext): void {
  if (ctx.actor.role !== 'operator') {
    throw new ForbiddenProblem('Read model rebuilds are for operators');
  }
}

/**
 * Internal operations on the service's own read models, for operators through the gateway
 * (GET /v1/ops/read-models…). Left out of the service's OpenAPI document: they are not /v1 API.
 */
@ApiExcludeController()
@Controller('ops/read-models')
export class ReadModelRebuildsController {
  constructor(private readonly rebuilds: ReadModelRebuilds) {}

  @Get()
  list(@Ctx() ctx: RequestContext) {
    operatorOnly(ctx);
    return { readModels: this.rebuilds.names().map((name) => ({ name })) };
  }

  /** 202 with the rebuild; asked again while it runs, the same rebuild (nothing new starts). */
  @Post(':name/rebuilds')
  @HttpCode(202)
  async start(
    @Ctx() ctx: RequestContext,
    @Param('name') rawName: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    operatorOnly(ctx);
    const name = parseOrProblem(readModelName, rawName, 'params');
    const { record, started } = await this.rebuilds.start(name);
    reply.header('location', `/ops/read-models/${name}/rebuilds/${record._id}`);
    return { ...view(record), started };
  }

  @Get(':name/rebuilds/:rebuildId')
  async progress(
    @Ctx() ctx: RequestContext,
    @Param('name') name: string,
    @Param('rebuildId') rebuildId: string,
  ) {
    operatorOnly(ctx);
    const params = parseOrProblem(progressParams, { name, rebuildId }, 'params');
    return view(await this.rebuilds.progress(params.name, params.rebuildId));
  }
}
