import { HttpException } from '@nestjs/common';
import { z } from 'zod';
import {
  InternalProblem,
  PayloadTooLargeProblem,
  ProblemError,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from './problems';
import { fieldErrorsOf } from './zod-validation';

/** Maps a service's own error to a problem, or returns undefined to leave it to the next mapper. */
export type ProblemMapper = (error: unknown) => ProblemError | undefined;

const SLUGS: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'The request is not valid'],
  401: ['unauthenticated', 'Authentication is required'],
  403: ['forbidden', 'This action is not allowed'],
  404: ['not-found', 'The resource was not found'],
  405: ['method-not-allowed', 'The method is not allowed here'],
  406: ['not-acceptable', 'No acceptable representation'],
  408: ['request-timeout', 'The request took too long'],
  409: ['conflict', 'The request conflicts with the current state'],
  410: ['gone', 'The resource is gone'],
  412: ['precondition-failed', 'A precondition failed'],
  413: ['payload-too-large', 'The request body is too large'],
  415: ['unsupported-media-type', 'The media type is not supported'],
  422: ['unprocessable', 'The request cannot be processed'],
  428: ['precondition-required', 'A precondition is required'],
  429: ['too-many-requests', 'Too many requests'],
  503: ['service-unavailable', 'The service is unavailable'],
};

/** The problem answering `error`: the service's mappers first, then the known kinds, else 500. */
export function problemFromError(
  error: unknown,
  mappers: readonly ProblemMapper[] = [],
): ProblemError {
  if (error instanceof ProblemError) return error;
  for (const mapper of mappers) {
    const problem = mapper(error);
    if (problem) return problem;
  }
  if (error instanceof z.core.$ZodError) return new ValidationProblem(fieldErrorsOf(error));
  return fromFastifyError(error) ?? fromHttpException(error) ?? new InternalProblem();
}

interface FastifyErrorShape {
  code: string;
  statusCode: number;
  message: string;
}

function isFastifyError(error: unknown): error is FastifyErrorShape {
  return (
    error instanceof Error &&
    typeof (error as Partial<FastifyErrorShape>).code === 'string' &&
    typeof (error as Partial<FastifyErrorShape>).statusCode === 'number'
  );
}

function fromFastifyError(error: unknown): ProblemError | undefined {
  if (!isFastifyError(error)) return undefined;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLargeProblem('The request body exceeds the size this service accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaTypeProblem(
        'The Content-Type of the request body is not one this route accepts',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bodyProblem('The body is empty but Content-Type says application/json');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return bodyProblem('The body is not valid JSON');
    default:
      return error.statusCode >= 400 && error.statusCode < 500
        ? problemForStatus(error.statusCode, error.message)
        : undefined;
  }
}

function fromHttpException(error: unknown): ProblemError | undefined {
  if (!(error instanceof HttpException)) return undefined;
  const status = error.getStatus();
  if (status >= 500 && status !== 503) return undefined;
  // Nest's messages quote the request ("Cannot GET /…?…"): cut so an answer stays small.
  const message = messageOf(error);
  return problemForStatus(status, message.length > 300 ? `${message.slice(0, 300)}…` : message);
}

function problemForStatus(status: number, detail: string): ProblemError {
  // Nest turns a body parser's SyntaxError into a plain 400 before any filter sees it.
  if (status === 400) return bodyProblem(detail);
  const [slug, title] = SLUGS[status] ?? [`http-${status}`, `HTTP ${status}`];
  return new ProblemError(status, slug, title, detail);
}

function bodyProblem(detail: string): ValidationProblem {
  return new ValidationProblem([{ pointer: '', detail }], detail);
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}
