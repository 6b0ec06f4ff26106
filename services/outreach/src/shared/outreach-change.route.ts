import {
  applyDecorators,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBody, ApiHeader, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  ApiAnswers,
  parseOrProblem,
  type RequestContext,
  requestContextOf,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import { answerWithOutreach } from './outreach-change.controller-support';
import { outreachParams } from './outreach-params';
import { outreachResponse } from './outreach-responses';
import type { WriteResult } from './outreach-writer';

/**
 * What every change to a relationship's outreach reads from its request, the same way: who asks,
 * the member and contact from the path, and the version from If-Match (optional here).
 */
export interface OutreachChange {
  /** The arguments every outreach change command starts with: `new XCommand(...target, …)`. */
  readonly target: readonly [
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
  ];
  readonly reply: FastifyReply;
}

const changeParam = createParamDecorator((_data: unknown, host: ExecutionContext) => {
  const http = host.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  const ctx = requestContextOf(request);
  if (!ctx) throw new Error('@Change() found no request context: is the auth guard installed?');
  const { memberId, contactId } = parseOrProblem(outreachParams, request.params, 'params');
  const expectedVersion = versionFromIfMatch(request.headers['if-match'], false);
  const change: OutreachChange = {
    target: [ctx, memberId, contactId, expectedVersion],
    reply: http.getResponse<FastifyReply>(),
  };
  return change;
});

/** `@Change() change: OutreachChange` in a change route. */
export const Change = (): ParameterDecorator => changeParam();

/** A controller of changes to one relationship's outreach. */
export const OutreachChangeController = () =>
  applyDecorators(
    ApiTags('outreach'),
    // @Change() reads these itself, so the document takes their schemas from here.
    ApiParam({ name: 'memberId', schema: zodToOpenApi(outreachParams.shape.memberId) }),
    ApiParam({ name: 'contactId', schema: zodToOpenApi(outreachParams.shape.contactId) }),
    Controller('members/:memberId/outreach/:contactId'),
  );

/**
 * A change route: 200 with the outreach as it now is (a POST here creates no resource), or with
 * `answer` where the route adds to it.
 */
export const ChangeRoute = (
  method: 'POST' | 'PUT',
  path: string,
  body?: z.ZodType,
  answer: z.ZodType = outreachResponse,
) =>
  applyDecorators(
    method === 'POST' ? Post(path) : Put(path),
    HttpCode(200),
    ApiHeader({ name: 'if-match', required: false, description: 'The version last read' }),
    ApiAnswers({ 200: answer }),
    ...(body ? [ApiBody({ schema: zodToOpenApi(body) })] : []),
  );

/** The answer to a change: the outreach as it now is, with its new ETag. */
export function answerChange(change: OutreachChange, written: WriteResult) {
  const [, memberId, contactId] = change.target;
  return answerWithOutreach(change.reply, memberId, contactId, written);
}
