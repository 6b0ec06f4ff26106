import {
  applyDecorators,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  ApiAnswers,
  ApiProblems,
  parseOrProblem,
  type RequestContext,
  requestContextOf,
  setEtag,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import { interviewChangeParams } from './interview-params';
import { interviewResponse } from './interview-responses';
import { interviewView } from './interview-view';
import type { WriteResult } from './interview-writer';

/** What every change to one interview reads from its request: who, which, and If-Match (optional). */
export interface InterviewChange {
  /** The arguments every change command starts with: `new XCommand(...target, …)`. */
  readonly target: readonly [
    ctx: RequestContext,
    memberId: string,
    interviewId: string,
    expectedVersion: number | undefined,
  ];
  readonly reply: FastifyReply;
}

const changeParam = createParamDecorator((_data: unknown, host: ExecutionContext) => {
  const http = host.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  const ctx = requestContextOf(request);
  if (!ctx) throw new Error('@Change() found no request context: is the auth guard installed?');
  const { memberId, interviewId } = parseOrProblem(interviewChangeParams, request.params, 'params');
  const expectedVersion = versionFromIfMatch(request.headers['if-match'], false);
  const change: InterviewChange = {
    target: [ctx, memberId, interviewId, expectedVersion],
    reply: http.getResponse<FastifyReply>(),
  };
  return change;
});

/** `@Change() change: InterviewChange` in a change route. */
export const Change = (): ParameterDecorator => changeParam();

/** A controller of changes to one interview. */
export const InterviewChangeController = () =>
  applyDecorators(
    ApiTags('interviews'),
    ApiParam({ name: 'memberId', type: String }),
    ApiParam({ name: 'interviewId', type: String }),
    Controller('members/:memberId/interviews/:interviewId'),
  );

/** A change route: 200 with the interview as it now is. */
export const ChangeRoute = (method: 'POST' | 'PUT', path: string, body?: z.ZodType) =>
  applyDecorators(
    method === 'POST' ? Post(path) : Put(path),
    HttpCode(200),
    ApiAnswers({ 200: interviewResponse }),
    // @Change() reads If-Match itself, which the document cannot see: a stale one is 412.
    ApiProblems(412),
    ...(body ? [ApiBody({ schema: zodToOpenApi(body) })] : []),
  );

/** The interview as it now is, with its new ETag. */
export function answerChange(change: InterviewChange, written: WriteResult) {
  setEtag(change.reply, written.version);
  return interviewView(written.state, written.version);
}
