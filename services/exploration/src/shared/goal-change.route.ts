import {
  applyDecorators,
  Controller,
  createParamDecorator,
  Delete,
  type ExecutionContext,
  HttpCode,
  Post,
  Put,
} from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  ApiAnswers,
  parseOrProblem,
  type RequestContext,
  requestContextOf,
  setEtag,
  versionFromIfMatch,
  zodToOpenApi,
} from '@rapport/platform/http';
import { goalSummary } from '../goal-summary/goal-summary';
import { goalSummaryResponse } from './exploration-responses';
import { goalParams } from './goal-params';
import type { GoalWriteResult } from './goal-writer';

/** Who asks, which goal, and the version they saw (If-Match, optional). */
export type GoalTarget = readonly [
  ctx: RequestContext,
  memberId: string,
  goalId: string,
  expectedVersion: number | undefined,
];

/** What every command on one goal carries. */
export abstract class GoalChangeCommand extends Command<GoalWriteResult> {
  readonly ctx: RequestContext;
  readonly memberId: string;
  readonly goalId: string;
  readonly expectedVersion: number | undefined;

  constructor(target: GoalTarget) {
    super();
    [this.ctx, this.memberId, this.goalId, this.expectedVersion] = target;
  }
}

/** What every change to one goal reads from its request. */
export interface GoalChange {
  /** What every change command starts with: `new XCommand(change.target, …)`. */
  readonly target: GoalTarget;
  readonly reply: FastifyReply;
}

const changeParam = createParamDecorator((_data: unknown, host: ExecutionContext): GoalChange => {
  const http = host.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  const ctx = requestContextOf(request);
  if (!ctx) throw new Error('@Change() found no request context: is the auth guard installed?');
  const { memberId, goalId } = parseOrProblem(goalParams, request.params, 'params');
  const expectedVersion = versionFromIfMatch(request.headers['if-match'], false);
  return { target: [ctx, memberId, goalId, expectedVersion], reply: http.getResponse() };
});

/** `@Change() change: GoalChange` in a change route. */
export const Change = (): ParameterDecorator => changeParam();

/** A controller of changes to one goal. */
export const GoalChangeController = () =>
  applyDecorators(
    ApiTags('goals'),
    ApiParam({ name: 'memberId', type: String }),
    ApiParam({ name: 'goalId', type: String }),
    Controller('members/:memberId/goals/:goalId'),
  );

/** A change route: 200 with the goal's summary as it now is. */
export const ChangeRoute = (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: z.ZodType) =>
  applyDecorators(
    method === 'POST' ? Post(path) : method === 'PUT' ? Put(path) : Delete(path),
    HttpCode(200),
    ApiAnswers({ 200: goalSummaryResponse }),
    ...(body ? [ApiBody({ schema: zodToOpenApi(body) })] : []),
  );

/** The goal as it now is, with its new ETag. */
export function answerChange(reply: FastifyReply, written: GoalWriteResult) {
  // Every change targets an existing goal (the decider refuses otherwise), so the state has one.
  if (written.state.status === 'none') throw new Error('a written goal has a state');
  setEtag(reply, written.version);
  return goalSummary(written.state, written.version);
}
