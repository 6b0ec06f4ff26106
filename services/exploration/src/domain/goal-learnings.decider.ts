import type { NoteLearning, RemoveLearning } from './goal.commands';
import type { GoalEvent, Learning } from './goal.events';
import { GoalRejected } from './goal-rejected';
import type { Decided, Exploring } from './goal.state';

/** A goal keeps at most this many resources and opportunities, removed ones included. */
export const MAX_LEARNINGS = 200;

const FIELDS = ['kind', 'title', 'url', 'interviewId', 'note'] as const;

const differencesBetween = (first: Learning, again: Learning) =>
  FIELDS.filter((field) => (first[field] ?? '') !== (again[field] ?? ''));

/**
 * A resource or opportunity noted under the client's id: the same body again is a retry and adds
 * nothing (even after a removal: the id stays taken), another body under the id is a clash.
 */
export function noteLearning(command: NoteLearning, goal: Exploring | Decided): GoalEvent[] {
  const { learning } = command;
  const first = goal.learnings[learning.learningId];
  if (first) {
    const differences = differencesBetween(first, learning);
    if (differences.length === 0) return [];
    throw new GoalRejected(
      'learning-exists',
      `learning ${learning.learningId} was noted with other details`,
      differences,
    );
  }
  if (Object.keys(goal.learnings).length >= MAX_LEARNINGS) {
    throw new GoalRejected('too-many-learnings', `a goal keeps at most ${MAX_LEARNINGS} learnings`);
  }
  const { memberId, goalId } = command;
  const data = { memberId, goalId, at: command.at.toISOString(), ...learning };
  return [{ type: 'LearningNoted', data }];
}

/** Removing again is a repeat; an id the goal never had is a mistake worth telling. */
export function removeLearning(command: RemoveLearning, goal: Exploring | Decided): GoalEvent[] {
  const { memberId, goalId, learningId } = command;
  const noted = goal.learnings[learningId];
  if (!noted) {
    throw new GoalRejected('unknown-learning', `goal ${goalId} has no learning ${learningId}`);
  }
  if (noted.removed) return [];
  return [
    {
      type: 'LearningRemoved',
      data: { memberId, goalId, learningId, at: command.at.toISOString() },
    },
  ];
}
