import type { Learning } from '../domain/goal.events';
import { GoalChangeCommand, type GoalTarget } from '../shared/goal-change.route';
import { forwardToGoalWriter } from '../shared/forward-to-goal-writer';

export class NoteLearningCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly learning: Learning,
  ) {
    super(target);
  }
}

export class RemoveLearningCommand extends GoalChangeCommand {
  constructor(
    target: GoalTarget,
    readonly learningId: string,
  ) {
    super(target);
  }
}

export const NoteLearningHandler = forwardToGoalWriter(NoteLearningCommand, (c, at) => ({
  type: 'NoteLearning',
  memberId: c.memberId,
  goalId: c.goalId,
  learning: c.learning,
  at,
}));

export const RemoveLearningHandler = forwardToGoalWriter(RemoveLearningCommand, (c, at) => ({
  type: 'RemoveLearning',
  memberId: c.memberId,
  goalId: c.goalId,
  learningId: c.learningId,
  at,
}));
