import { forwardingHandlers } from '@rapport/service-skeleton';
import type { GoalCommand } from '../domain/goal.commands';
import { assertCanChangeGoals } from './goal-access';
import type { GoalChangeCommand } from './goal-change.route';
import { GoalWriter, type GoalWriteResult } from './goal-writer';

/** Every goal change is judged by the decider alone: only the member changes their goals. */
export const forwardToGoalWriter = forwardingHandlers<
  GoalCommand,
  GoalWriteResult,
  GoalChangeCommand
>(GoalWriter, ({ ctx, memberId }) => assertCanChangeGoals(ctx, memberId));
