import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER, correlationIdFromHeader } from './correlation-id';
import { PROBLEM_JSON, problemBody } from './problem-json.filter';
import { ProblemError, ValidationProblem } from './problems';

function problemOf(error: FastifyError): ProblemError {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new ProblemError(
      414,
      'uri-too-long',
      'The URI is too long',
      'A path segment is longer than this service accepts.',
    );
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return new ValidationProblem([{ pointer: '#/path', detail: 'Not a valid URL path' }]);
  }
  return new ProblemError(
    400,
    'bad-request',
    'The request is not valid',
    'The request could not be routed.',
  );
}

/**
 * Fastify answers errors it meets while routing (a path segment too long, a malformed escape)
 * before Nest sees the request, by default as JSON that quotes the whole path. Answered here as
 * problem+json without the path: echoing what was refused for its length is the amplification.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem = problemOf(error);
  const correlationId = correlationIdFromHeader(request.headers[CORRELATION_ID_HEADER]);
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_JSON)
    .header(CORRELATION_ID_HEADER, correlationId)
    .send(JSON.stringify(problemBody(problem, undefined, correlationId)));
}
