import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiAnswers,
  CORRELATION_ID_HEADER,
  ForbiddenProblem,
  parseOrProblem,
  ProblemError,
  Public,
} from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import { CallerResolver } from '../callers/caller-resolver';
import { readModelParams, readModelsView, rebuildParams, rebuildView } from './read-model-requests';
import { type ServiceAnswer, ServiceReadModels } from './service-read-models';

/** A service's problem answer, passed on as it said it (status, title, detail). */
class UpstreamProblem extends ProblemError {
  constructor(answer: ServiceAnswer) {
    const body = (answer.body ?? {}) as { title?: unknown; detail?: unknown };
    super(
      answer.status,
      'read-model-operation',
      typeof body.title === 'string' ? body.title : 'The service refused the operation',
      typeof body.detail === 'string' ? body.detail : `The service answered ${answer.status}`,
    );
  }
}

/**
 * Operators' read-model rebuilds: each service's read models, a rebuild started on the service
 * that owns the model, and its progress. The services run and record the rebuilds (the service
 * skeleton's /ops/read-models); the gateway checks the operator and forwards.
 */
@Public()
@Controller('v1/ops/read-models')
export class OperationsReadModelsController {
  constructor(
    private readonly callers: CallerResolver,
    private readonly services: ServiceReadModels,
  ) {}

  private async operator(request: FastifyRequest): Promise<Caller> {
    const caller = await this.callers.resolve(request);
    if (caller.role !== 'operator') throw new ForbiddenProblem('Read models are for operators');
    return caller;
  }

  @Get()
  @ApiAnswers({ 200: readModelsView })
  async list(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const caller = await this.operator(request);
    return this.services.list(caller, String(reply.getHeader(CORRELATION_ID_HEADER)));
  }

  @Post(':service/:name/rebuilds')
  @ApiAnswers({ 202: rebuildView })
  async start(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('service') service: string,
    @Param('name') name: string,
  ) {
    const caller = await this.operator(request);
    const params = parseOrProblem(readModelParams, { service, name }, 'params');
    const answer = await this.services.call(
      params.service,
      'POST',
      `/ops/read-models/${params.name}/rebuilds`,
      caller,
      String(reply.getHeader(CORRELATION_ID_HEADER)),
    );
    if (answer.status !== 202) throw new UpstreamProblem(answer);
    const view = rebuildView.parse({ ...(answer.body as object), service: params.service });
    reply.status(202);
    reply.header(
      'location',
      `/v1/ops/read-models/${params.service}/${params.name}/rebuilds/${view.rebuildId}`,
    );
    return view;
  }

  @Get(':service/:name/rebuilds/:rebuildId')
  @ApiAnswers({ 200: rebuildView })
  async progress(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('service') service: string,
    @Param('name') name: string,
    @Param('rebuildId') rebuildId: string,
  ) {
    const caller = await this.operator(request);
    const params = parseOrProblem(rebuildParams, { service, name, rebuildId }, 'params');
    const answer = await this.services.call(
      params.service,
      'GET',
      `/ops/read-models/${params.name}/rebuilds/${params.rebuildId}`,
      caller,
      String(reply.getHeader(CORRELATION_ID_HEADER)),
    );
    if (answer.status !== 200) throw new UpstreamProblem(answer);
    return rebuildView.parse({ ...(answer.body as object), service: params.service });
  }
}
