import { ConcurrencyError } from '@rapport/eventstore';
import {
  ConflictProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  type ProblemError,
  type ProblemMapper,
} from '@rapport/platform/http';
import { InterviewRejected } from '../domain/interview-rejected';

function fromRejection(error: InterviewRejected): ProblemError {
  const extensions = { reason: error.reason };
  switch (error.reason) {
    case 'not-found':
    case 'unknown-commitment':
      return new NotFoundProblem(error.message, extensions);
    case 'exists':
    case 'cancelled':
    case 'completed':
    case 'not-completed':
    case 'already-thanked':
    case 'touch-exists':
      return new ConflictProblem(error.message, extensions);
    default: {
      const unexpected: never = error.reason;
      return unexpected;
    }
  }
}

/** Domain refusals and stale versions as problem+json. */
export const interviewProblemMappers: ProblemMapper[] = [
  (error) => (error instanceof InterviewRejected ? fromRejection(error) : undefined),
  (error) =>
    error instanceof ConcurrencyError
      ? new PreconditionFailedProblem(
          'the interview changed since you read it; fetch it again and reapply your change',
        )
      : undefined,
];
