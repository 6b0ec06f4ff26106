import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { createLogger, type Logger } from '../logging';
import { CORRELATION_ID_HEADER, correlationIdFromHeader, correlationIdOf } from './correlation-id';
import { problemFromError, type ProblemMapper } from './problem-mapping';
import { ProblemError } from './problems';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

const MAX_INSTANCE_CHARS = 1024;

const RESERVED_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'correlationId',
]);

/**
 * The RFC 9457 document; extensions never overwrite the standard members. `instance` is left out
 * when the path itself is what was wrong (a 414 must not echo the path it refuses).
 */
export function problemBody(
  problem: ProblemError,
  instance: string | undefined,
  correlationId: string,
): Record<string, unknown> {
  const extensions = Object.entries(problem.extensions).filter(
    ([name]) => !RESERVED_MEMBERS.has(name),
  );
  return {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(instance === undefined ? {} : { instance }),
    correlationId,
    ...Object.fromEntries(extensions),
  };
}

// Nest rewrites Fastify's own errors (body too large, bad JSON, wrong media type) into bare
// HttpExceptions before filters see them, losing the error code. An onError hook keeps the
// original here so the filter can answer precisely.
const transportErrors = new WeakMap<object, unknown>();

export function rememberTransportError(request: object, error: unknown): void {
  transportErrors.set(request, error);
}

/** Writes every error as `application/problem+json`; see problemFromError for the mapping. */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  constructor(
    private readonly mappers: readonly ProblemMapper[] = [],
    private readonly logger: Logger = createLogger('http'),
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const cause = transportErrors.get(request) ?? exception;
    const problem = problemFromError(cause, this.mappers);
    const correlationId =
      correlationIdOf(request) ?? correlationIdFromHeader(request.headers[CORRELATION_ID_HEADER]);
    const path = request.url.split('?')[0] ?? request.url;
    // A 503 the service chose to answer (a webhook without its key) is no unexpected error; it is
    // reported once at start-up rather than as a stack trace per request.
    const deliberate = cause instanceof ProblemError && problem.status === 503;
    if (problem.status >= 500 && !deliberate) {
      this.logger.error(
        { err: cause, correlationId, method: request.method, path },
        'request failed with an unexpected error',
      );
    }
    if (reply.sent) return;
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_JSON)
      .header(CORRELATION_ID_HEADER, correlationId)
      // A path too long to be one of ours is not echoed back (the answer must stay small).
      .send(
        JSON.stringify(
          problemBody(problem, path.length <= MAX_INSTANCE_CHARS ? path : undefined, correlationId),
        ),
      );
  }
}
