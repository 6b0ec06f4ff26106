import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** What a browser page on an allowed origin may send and read. */
const REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'if-match',
  'if-none-match',
  'idempotency-key',
  'x-csrf-token',
  'x-correlation-id',
].join(', ');
const RESPONSE_HEADERS = [
  'etag',
  'location',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'idempotent-replayed',
  'x-correlation-id',
].join(', ');
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';

/**
 * CORS for the origins institutions listed, with credentials. Written as one hook rather than
 * @fastify/cors, whose catch-all OPTIONS route would make the platform's request gates answer
 * every unknown path with 405. Which tenant an origin serves is checked per call by the
 * CallerResolver; here an origin either may talk to the API or may not.
 */
export function installCors(
  fastify: FastifyInstance,
  isAllowed: (origin: string) => Promise<boolean>,
): void {
  // A callback hook, so that the many requests without an Origin (API clients, same-origin
  // navigations) pass without the promise an async hook costs each of them.
  fastify.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined) {
      done();
      return;
    }
    // A preflight is answered here: past `send`, the request's life ends without `done`.
    answerOrigin(request, reply, origin).then(
      (answered) => answered || done(),
      (error: Error) => done(error),
    );
  });

  /** Sets the CORS headers for `origin`; true when it answered a preflight itself. */
  async function answerOrigin(
    request: FastifyRequest,
    reply: FastifyReply,
    origin: string,
  ): Promise<boolean> {
    void reply.header('vary', 'Origin');
    const preflight =
      request.method === 'OPTIONS' &&
      request.headers['access-control-request-method'] !== undefined;
    const allowed = await isAllowed(origin);
    if (allowed) {
      void reply.header('access-control-allow-origin', origin);
      void reply.header('access-control-allow-credentials', 'true');
      void reply.header('access-control-expose-headers', RESPONSE_HEADERS);
    }
    if (!preflight) return false;
    if (allowed) {
      void reply.header('access-control-allow-methods', METHODS);
      void reply.header('access-control-allow-headers', REQUEST_HEADERS);
      void reply.header('access-control-max-age', '600');
    }
    await reply.status(204).send();
    return true;
  }
}
