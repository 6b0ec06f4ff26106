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

/**
 * At most this many field errors are listed: a body of a million unknown keys must not be answered
 * with a million errors (the answer would dwarf the request). The rest are counted in `truncated`.
 */
export const MAX_FIELD_ERRORS = 20;

/** Pointers and details echo what the client sent; longer ones are cut here. */
const MAX_ECHO_CHARS = 200;

function clipped(text: string): string {
  return text.length <= MAX_ECHO_CHARS ? text : `${text.slice(0, MAX_ECHO_CHARS)}…`;
}

export class ValidationProblem extends ProblemError {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[], detail?: string) {
    const listed = errors
      .slice(0, MAX_FIELD_ERRORS)
      .map((error) => ({ pointer: clipped(error.pointer), detail: clipped(error.detail) }));
    const truncated = errors.length - listed.length;
    super(
      400,
      'validation',
      'The request is not valid',
      detail ??
        `The request has ${errors.length} invalid ${errors.length === 1 ? 'part' : 'parts'}; see errors.`,
      truncated > 0 ? { errors: listed, truncated } : { errors: listed },
    );
    this.errors = listed;
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

/** 405: the path exists, the method does not; `Allow` names the methods that do. */
export class MethodNotAllowedProblem extends ProblemError {
  constructor(
    readonly allowed: readonly string[],
    detail = `This path answers ${allowed.join(', ')}.`,
  ) {
    super(405, 'method-not-allowed', 'The method is not allowed here', detail, { allowed });
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
