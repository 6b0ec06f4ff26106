import { Body, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { multiLine, singleLine } from '@rapport/platform';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  setEtag,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { learningView, listedLearnings } from '../goal-summary/goal-summary';
import { learningListResponse, learningResponse } from '../shared/exploration-responses';
import { assertCanReadGoals } from '../shared/goal-access';
import {
  answerChange,
  Change,
  ChangeRoute,
  type GoalChange,
  GoalChangeController,
} from '../shared/goal-change.route';
import { type GoalParams, goalParams, id } from '../shared/goal-params';
import { GoalWriter } from '../shared/goal-writer';
import { NoteLearningCommand, RemoveLearningCommand } from './goal-learnings.commands';

const noteLearningRequest = z.strictObject({
  /** Chosen by the client, so that a retried note is recognised as one. */
  learningId: id,
  kind: z.enum(['resource', 'opportunity']),
  title: singleLine().trim().min(1).max(300),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** The conversation that mentioned it. */
  interviewId: id,
  note: multiLine().trim().max(2000).default(''),
});
const listQuery = z.strictObject({
  kind: z.enum(['resource', 'opportunity']).optional(),
  interviewId: id.optional(),
});
const learningParams = z.object({ learningId: id });

/**
 * Resources and opportunities mentioned in the goal's conversations: noted per conversation,
 * listed per goal (optionally for one conversation or one kind).
 */
@GoalChangeController()
export class GoalLearningsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(GoalWriter) private readonly writer: GoalWriter,
  ) {}

  /** 201 with the learning as first noted, every time for the same id and body; 409 for another. */
  @Post('learnings')
  @HttpCode(201)
  @ApiAnswers({ 201: learningResponse })
  @ApiBody({ schema: zodToOpenApi(noteLearningRequest) })
  async note(
    @Change() change: GoalChange,
    @Body(new ZodPipe(noteLearningRequest)) body: z.output<typeof noteLearningRequest>,
  ) {
    const { learningId, kind, title, url, interviewId, note } = body;
    const learning = { learningId, kind, title, ...(url ? { url } : {}), interviewId, note };
    const written = await this.commands.execute(new NoteLearningCommand(change.target, learning));
    if (written.state.status === 'none') throw new Error('a written goal has a state');
    const [memberId, goalId] = [change.target[1], change.target[2]];
    void change.reply.header(
      'location',
      `/members/${memberId}/goals/${goalId}/learnings/${learningId}`,
    );
    return learningView(written.state.learnings[learningId]!);
  }

  @Get('learnings')
  @ApiAnswers({ 200: learningListResponse })
  @ApiQuery({ name: 'kind', required: false, enum: ['resource', 'opportunity'] })
  @ApiQuery({ name: 'interviewId', required: false, type: String })
  async list(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(goalParams, 'params')) { memberId, goalId }: GoalParams,
    @Query(new ZodPipe(listQuery, 'query')) query: z.output<typeof listQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    assertCanReadGoals(ctx, memberId);
    const { state, version } = await this.writer.load(ctx.tenantId, memberId, goalId);
    if (state.status === 'none') throw new NotFoundProblem(`no goal ${goalId}`);
    setEtag(reply, version);
    const learnings = listedLearnings(state.learnings).filter(
      (learning) =>
        (!query.kind || learning.kind === query.kind) &&
        (!query.interviewId || learning.interviewId === query.interviewId),
    );
    return { learnings };
  }

  @ChangeRoute('DELETE', 'learnings/:learningId')
  async remove(
    @Change() change: GoalChange,
    @Param(new ZodPipe(learningParams, 'params')) { learningId }: { learningId: string },
  ) {
    const written = await this.commands.execute(
      new RemoveLearningCommand(change.target, learningId),
    );
    return answerChange(change.reply, written);
  }
}
