import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { singleLine } from '@rapport/platform';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import { goalSummaryResponse } from '../shared/exploration-responses';
import { MAX_QUESTIONS } from '../domain/goal.decider';
import { answerChange, GoalChangeCommand } from '../shared/goal-change.route';
import { forwardToGoalWriter } from '../shared/forward-to-goal-writer';
import { id, memberParams } from '../shared/goal-params';
import { questionText } from '../goal-questions/question-text';

export const createGoalRequest = z.strictObject({
  /** Chosen by the client, so that a retried create is recognised as one. */
  goalId: id,
  title: singleLine().trim().min(1).max(200),
  questions: z.array(questionText).max(MAX_QUESTIONS).default([]),
});
export type CreateGoalRequest = z.output<typeof createGoalRequest>;

export class CreateGoalCommand extends GoalChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    readonly request: CreateGoalRequest,
  ) {
    super([ctx, memberId, request.goalId, undefined]);
  }
}

export const CreateGoalHandler = forwardToGoalWriter(CreateGoalCommand, (command, at) => ({
  type: 'CreateGoal',
  memberId: command.memberId,
  goalId: command.goalId,
  title: command.request.title,
  // The same question twice in one create is one question.
  questions: [...new Set(command.request.questions)],
  at,
}));

@ApiTags('goals')
@Controller('members/:memberId/goals')
export class CreateGoalController {
  constructor(private readonly commands: CommandBus) {}

  /** 201 every time for the same id and body (a retry), with the goal as it stands; 409 for another body. */
  @Post()
  @ApiAnswers({ 201: goalSummaryResponse })
  @ApiBody({ schema: zodToOpenApi(createGoalRequest) })
  async create(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Body(new ZodPipe(createGoalRequest)) body: CreateGoalRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.commands.execute(new CreateGoalCommand(ctx, memberId, body));
    void reply.status(201).header('location', `/members/${memberId}/goals/${body.goalId}`);
    return answerChange(reply, written);
  }
}
