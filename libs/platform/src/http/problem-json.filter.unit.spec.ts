import { Writable } from 'node:stream';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import pino from 'pino';
import { problemBody, ProblemJsonFilter, rememberTransportError } from './problem-json.filter';
import { NotFoundProblem, UnauthenticatedProblem } from './problems';

function fakeReply() {
  const reply = {
    sent: false,
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: '',
    status(code: number) {
      reply.statusCode = code;
      return reply;
    },
    header(name: string, value: string) {
      reply.headers[name] = value;
      return reply;
    },
    send(payload: string) {
      reply.body = payload;
      reply.sent = true;
      return reply;
    },
  };
  return reply;
}

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ base: null, timestamp: false }, sink), lines };
}

describe('problemBody', () => {
  it('writes the RFC 9457 members and lets no extension overwrite them', () => {
    const problem = new NotFoundProblem('No contact c-9', { contactId: 'c-9', status: 200 });
    expect(problemBody(problem, '/contacts/c-9', 'corr-1')).toEqual({
      type: 'https://rapport.dev/problems/not-found',
      title: 'The resource was not found',
      status: 404,
      detail: 'No contact c-9',
      instance: '/contacts/c-9',
      correlationId: 'corr-1',
      contactId: 'c-9',
    });
  });
});

describe('ProblemJsonFilter', () => {
  const request = (headers: Record<string, string> = {}) => ({
    url: '/contacts/c-1?fields=name',
    method: 'GET',
    headers,
  });

  it('sends problem+json with the path as instance and the caller correlation id', () => {
    const reply = fakeReply();
    const { logger } = capturingLogger();
    new ProblemJsonFilter([], logger).catch(
      new UnauthenticatedProblem('No token'),
      new ExecutionContextHost([request({ 'x-correlation-id': 'corr-7' }), reply]),
    );
    expect(reply.statusCode).toBe(401);
    expect(reply.headers).toEqual({
      'content-type': 'application/problem+json; charset=utf-8',
      'www-authenticate': 'Bearer',
      'x-correlation-id': 'corr-7',
    });
    expect(JSON.parse(reply.body)).toEqual({
      type: 'https://rapport.dev/problems/unauthenticated',
      title: 'Authentication is required',
      status: 401,
      detail: 'No token',
      instance: '/contacts/c-1',
      correlationId: 'corr-7',
    });
  });

  it('prefers the original Fastify error over the HttpException Nest made of it', () => {
    const reply = fakeReply();
    const req = request();
    rememberTransportError(
      req,
      Object.assign(new Error('Request body is too large'), {
        code: 'FST_ERR_CTP_BODY_TOO_LARGE',
        statusCode: 413,
      }),
    );
    new ProblemJsonFilter([], capturingLogger().logger).catch(
      new Error('mapped by Nest'),
      new ExecutionContextHost([req, reply]),
    );
    expect(reply.statusCode).toBe(413);
  });

  it('logs an unexpected error with its stack but sends only the generic detail', () => {
    const reply = fakeReply();
    const { logger, lines } = capturingLogger();
    new ProblemJsonFilter([], logger).catch(
      new Error('mongo said no'),
      new ExecutionContextHost([request({ 'x-correlation-id': 'corr-8' }), reply]),
    );
    expect(reply.statusCode).toBe(500);
    expect(reply.body).not.toContain('mongo said no');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      correlationId: 'corr-8',
      method: 'GET',
      path: '/contacts/c-1',
      err: { message: 'mongo said no' },
    });
    expect(String((lines[0]?.['err'] as { stack: string }).stack)).toContain(
      'Error: mongo said no',
    );
  });
});
