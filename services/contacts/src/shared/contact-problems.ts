import { ConcurrencyError } from '@rapport/eventstore';
import {
  ConflictProblem,
  NotFoundProblem,
  PreconditionFailedProblem,
  type ProblemError,
  type ProblemMapper,
  UnprocessableProblem,
} from '@rapport/platform/http';
import { ContactRejected } from '../domain/contact-rejected';

function fromRejection(error: ContactRejected): ProblemError {
  const extensions = { reason: error.reason };
  switch (error.reason) {
    case 'contact-not-found':
    case 'contact-erased':
    case 'note-not-found':
      return new NotFoundProblem(error.message, extensions);
    case 'contact-exists':
    case 'contact-archived':
    case 'note-exists':
    case 'referral-exists':
    case 'not-archived':
      return new ConflictProblem(error.message, extensions);
    case 'self-referral':
    case 'referral-cycle':
    case 'too-many-tags':
      return new UnprocessableProblem(error.message, extensions);
    default: {
      const unexpected: never = error.reason;
      return unexpected;
    }
  }
}

/** Domain refusals and stale versions as problem+json. */
export const contactProblemMappers: ProblemMapper[] = [
  (error) => (error instanceof ContactRejected ? fromRejection(error) : undefined),
  (error) =>
    error instanceof ConcurrencyError
      ? new PreconditionFailedProblem(
          'the contact changed since you read it; fetch it again and reapply your change',
        )
      : undefined,
];
