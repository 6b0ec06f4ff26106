import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { multiLine } from '@rapport/platform';
import { ZodPipe } from '@rapport/platform/http';
import type { Reflection } from '../domain/goal.events';
import {
  answerChange,
  Change,
  ChangeRoute,
  type GoalChange,
  GoalChangeCommand,
  GoalChangeController,
  type GoalTarget,
} from '../shared/goal-change.route';
import { forwardToGoalWriter } from '../shared/forward-to-goal-writer';
import { id } from '../shared/goal-params';

const reflectionRequest = z.strictObject({
  /** Who the conversation was with, when the member says; it links nothing by itself. */
  contactId: id.optional(),
  learnt: multiLine().trim().min(1).max(4000),
  surprised: multiLine().trim().max(4000).default(''),
  fit: z.number().int().min(1).max(5),
});
const interviewParams = z.object({ interviewId: id });

export class RecordReflectionCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly reflection: Reflection,
  ) {
    super(target);
  }
}

export const RecordReflectionHandler = forwardToGoalWriter(RecordReflectionCommand, (c, at) => ({
  type: 'RecordReflection',
  memberId: c.memberId,
  goalId: c.goalId,
  reflection: c.reflection,
  at,
}));

/** A PUT per conversation (the interview's id): recording again revises the reflection. */
@GoalChangeController()
export class RecordReflectionController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('PUT', 'reflections/:interviewId', reflectionRequest)
  async record(
    @Change() change: GoalChange,
    @Param(new ZodPipe(interviewParams, 'params')) { interviewId }: { interviewId: string },
    @Body(new ZodPipe(reflectionRequest)) body: z.output<typeof reflectionRequest>,
  ) {
    const { contactId, learnt, surprised, fit } = body;
    const reflection = { interviewId, ...(contactId ? { contactId } : {}), learnt, surprised, fit };
    const command = new RecordReflectionCommand(change.target, reflection);
    return answerChange(change.reply, await this.commands.execute(command));
  }
}
