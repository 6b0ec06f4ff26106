import { ConcurrencyError } from '@rapport/eventstore';
import {
  ConflictProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  type ProblemError,
  type ProblemMapper,
} from '@rapport/platform/http';
import { OutreachRejected } from '../domain/outreach-rejected';

function fromRejection(error: OutreachRejected): ProblemError {
  const extensions = { reason: error.reason };
  switch (error.reason) {
    case 'not-found':
      return new NotFoundProblem(error.message, extensions);
    case 'not-sent':
    case 'already-sent':
    case 'closed':
    case 'responded':
    case 'not-awaiting':
      return new ConflictProblem(error.message, extensions);
    default: {
      const unexpected: never = error.reason;
      return unexpected;
    }
  }
}

/** Domain refusals and stale versions as problem+json. */
export const outreachProblemMappers: ProblemMapper[] = [
  (error) => (error instanceof OutreachRejected ? fromRejection(error) : undefined),
  (error) =>
    error instanceof ConcurrencyError
      ? new PreconditionFailedProblem(
          'the outreach changed since you read it; fetch it again and reapply your change',
        )
      : undefined,
];
