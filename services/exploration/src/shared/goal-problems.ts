import { ConcurrencyError } from '@rapport/eventstore';
import {
  ConflictProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  UnprocessableProblem,
  type ProblemError,
  type ProblemMapper,
} from '@rapport/platform/http';
import { GoalRejected } from '../domain/goal-rejected';
import { TargetListRejected } from '../domain/target-list';

function fromRejection(error: GoalRejected): ProblemError {
  switch (error.reason) {
    case 'not-found':
    case 'unknown-question':
    case 'unknown-learning':
      return new NotFoundProblem(error.message, { reason: error.reason });
    case 'exists':
    case 'learning-exists':
      return new ConflictProblem(error.message, {
        reason: error.reason,
        differences: error.differences,
      });
    case 'too-many-questions':
    case 'too-many-learnings':
      return new ConflictProblem(error.message, { reason: error.reason });
    default: {
      const unexpected: never = error.reason;
      return unexpected;
    }
  }
}

function fromTargetListRejection(error: TargetListRejected): ProblemError {
  const extensions = { reason: error.reason };
  switch (error.reason) {
    case 'unknown-target':
      return new NotFoundProblem(error.message, extensions);
    case 'exists':
      return new ConflictProblem(error.message, { ...extensions, differences: error.differences });
    case 'too-many-targets':
      return new ConflictProblem(error.message, extensions);
    case 'not-a-ranking':
      return new UnprocessableProblem(error.message, extensions);
    default: {
      const unexpected: never = error.reason;
      return unexpected;
    }
  }
}

/** Domain refusals and stale versions as problem+json. */
export const explorationProblemMappers: ProblemMapper[] = [
  (error) => (error instanceof GoalRejected ? fromRejection(error) : undefined),
  (error) => (error instanceof TargetListRejected ? fromTargetListRejection(error) : undefined),
  (error) =>
    error instanceof ConcurrencyError
      ? new PreconditionFailedProblem(
          'the goal or target list changed since you read it; fetch it again and reapply your change',
        )
      : undefined,
];
