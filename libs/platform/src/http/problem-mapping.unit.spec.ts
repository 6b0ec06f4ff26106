import {
  BadRequestException,
  HttpException,
  MethodNotAllowedException,
  NotFoundException,
} from '@nestjs/common';
import { z } from 'zod';
import { problemFromError } from './problem-mapping';
import {
  ConflictProblem,
  PreconditionFailedProblem,
  type ProblemError,
  ValidationProblem,
} from './problems';

function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { name: 'FastifyError', code, statusCode });
}

function summary(problem: ProblemError): Record<string, unknown> {
  return {
    status: problem.status,
    type: problem.type,
    detail: problem.detail,
    extensions: problem.extensions,
  };
}

class StaleVersion extends Error {}

describe('problemFromError', () => {
  it('answers a ProblemError as it is', () => {
    const conflict = new ConflictProblem('The contact already exists', { contactId: 'c-1' });
    expect(problemFromError(conflict)).toBe(conflict);
  });

  it("lets the service's mappers translate its own errors, first match wins", () => {
    const mappers = [
      (error: unknown) => (error instanceof TypeError ? new ConflictProblem('no') : undefined),
      (error: unknown) =>
        error instanceof StaleVersion
          ? new PreconditionFailedProblem('The contact changed since version 3')
          : undefined,
    ];
    expect(summary(problemFromError(new StaleVersion(), mappers))).toEqual({
      status: 412,
      type: 'https://rapport.dev/problems/precondition-failed',
      detail: 'The contact changed since version 3',
      extensions: {},
    });
  });

  it('turns a ZodError into a validation problem with a pointer per issue', () => {
    const result = z
      .strictObject({ rows: z.array(z.object({ email: z.email() })) })
      .safeParse({ rows: [{ email: 'a@b.org' }, { email: 'nope' }], extra: 1 });
    const problem = problemFromError(result.error);
    expect(problem).toBeInstanceOf(ValidationProblem);
    expect((problem as ValidationProblem).errors).toEqual([
      { pointer: '/rows/1/email', detail: 'Invalid email address' },
      { pointer: '/extra', detail: 'Unknown field' },
    ]);
  });

  it.each([
    [new NotFoundException('Cannot GET /nope'), 404, 'not-found', 'Cannot GET /nope'],
    [new MethodNotAllowedException(), 405, 'method-not-allowed', 'Method Not Allowed'],
    [new HttpException('slow down', 429), 429, 'too-many-requests', 'slow down'],
    [new HttpException('teapot', 418), 418, 'http-418', 'teapot'],
  ])('keeps the status of a Nest HttpException (%#)', (exception, status, slug, detail) => {
    expect(summary(problemFromError(exception))).toEqual({
      status,
      type: `https://rapport.dev/problems/${slug}`,
      detail,
      extensions: {},
    });
  });

  it('answers a 400 from a body parser as a validation problem about the whole body', () => {
    const problem = problemFromError(new BadRequestException('Unexpected token } in JSON'));
    expect(summary(problem)).toEqual({
      status: 400,
      type: 'https://rapport.dev/problems/validation',
      detail: 'Unexpected token } in JSON',
      extensions: { errors: [{ pointer: '', detail: 'Unexpected token } in JSON' }] },
    });
  });

  it.each([
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'payload-too-large'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported-media-type'],
  ])('maps Fastify %s', (code, status, slug) => {
    const problem = problemFromError(fastifyError(code, status, 'whatever'));
    expect([problem.status, problem.type]).toEqual([
      status,
      `https://rapport.dev/problems/${slug}`,
    ]);
  });

  it.each([
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 'The body is empty but Content-Type says application/json'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 'The body is not valid JSON'],
  ])('maps Fastify %s to a validation problem at pointer ""', (code, detail) => {
    const problem = problemFromError(fastifyError(code, 400, 'raw message'));
    expect(summary(problem)).toEqual({
      status: 400,
      type: 'https://rapport.dev/problems/validation',
      detail,
      extensions: { errors: [{ pointer: '', detail }] },
    });
  });

  it('answers anything else with a generic 500 that reveals nothing of the cause', () => {
    const problem = problemFromError(new Error('password=hunter2 at db.ts:12'));
    expect(problem.status).toBe(500);
    expect(problem.type).toBe('https://rapport.dev/problems/internal');
    expect(problem.detail).not.toContain('hunter2');
    expect(problemFromError(new HttpException('db exploded', 500)).detail).toBe(problem.detail);
  });
});
