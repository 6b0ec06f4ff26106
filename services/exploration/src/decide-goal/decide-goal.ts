import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { multiLine } from '@rapport/platform';
import { ZodPipe } from '@rapport/platform/http';
import type { GoalDecision } from '../domain/goal.events';
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

const decisionRequest = z.strictObject({
  decision: z.enum(['pursue', 'explore-further', 'not-for-me']),
  /** A decision without a reason teaches the member nothing later; one line is enough. */
  reason: multiLine().trim().min(1).max(2000),
});

export class DecideGoalCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly decision: GoalDecision,
    readonly reason: string,
  ) {
    super(target);
  }
}

export const DecideGoalHandler = forwardToGoalWriter(DecideGoalCommand, (c, at) => ({
  type: 'DecideGoal',
  memberId: c.memberId,
  goalId: c.goalId,
  decision: c.decision,
  reason: c.reason,
  at,
}));

@GoalChangeController()
export class DecideGoalController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('PUT', 'decision', decisionRequest)
  async decide(
    @Change() change: GoalChange,
    @Body(new ZodPipe(decisionRequest)) body: z.output<typeof decisionRequest>,
  ) {
    const command = new DecideGoalCommand(change.target, body.decision, body.reason);
    return answerChange(change.reply, await this.commands.execute(command));
  }
}
