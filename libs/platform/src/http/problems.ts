/**
 * One invalid part of a request.
 *
 * Pointer convention: a body field is a plain RFC 6901 JSON Pointer into the body ("/email",
 * "/rows/3/email", "" for the body as a whole). Any other part of the request is addressed as a
 * URI fragment naming that part first: "#/query/limit", "#/params/id", "#/headers/if-match".
 */
export interface FieldError {
  readonly pointer: string;
  readonly detail: string;
}

export const PROBLEM_TYPE_BASE = 'https://rapport.dev/problems/';

/** An error that is answered as an RFC 9457 problem; `type` is derived from the slug. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }

  get type(): string {
    return `${PROBLEM_TYPE_BASE}${this.slug}`;
  }
}

export class ValidationProblem extends ProblemError {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[], detail?: string) {
    super(
      400,
      'validation',
      'The request is not valid',
      detail ??
        `The request has ${errors.length} invalid ${errors.length === 1 ? 'part' : 'parts'}; see errors.`,
      { errors },
    );
    this.errors = errors;
  }
}

export class UnauthenticatedProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(401, 'unauthenticated', 'Authentication is required', detail, extensions);
  }
}

export class ForbiddenProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(403, 'forbidden', 'This action is not allowed', detail, extensions);
  }
}

export class NotFoundProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(404, 'not-found', 'The resource was not found', detail, extensions);
  }
}

export class ConflictProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(409, 'conflict', 'The request conflicts with the current state', detail, extensions);
  }
}

export class PreconditionFailedProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(412, 'precondition-failed', 'A precondition failed', detail, extensions);
  }
}

export class PayloadTooLargeProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(413, 'payload-too-large', 'The request body is too large', detail, extensions);
  }
}

export class UnsupportedMediaTypeProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(415, 'unsupported-media-type', 'The media type is not supported', detail, extensions);
  }
}

export class UnprocessableProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(422, 'unprocessable', 'The request cannot be processed', detail, extensions);
  }
}

export class PreconditionRequiredProblem extends ProblemError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super(428, 'precondition-required', 'A precondition is required', detail, extensions);
  }
}

/** The 500 answer: the detail is fixed so that nothing of the cause reaches the client. */
export class InternalProblem extends ProblemError {
  constructor() {
    super(
      500,
      'internal',
      'Internal error',
      'The service failed to handle the request. It has been logged; quote the correlation id when reporting it.',
    );
  }
}
