import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets with these options, worked out once. With no per-request input (no
 * CSP nonces, no directive computed from the request) they are the same on every answer, yet
 * `@fastify/helmet` builds a new helmet middleware for every request, parsing the CSP directives
 * again: a measurable share of a forwarded read. Running helmet itself once keeps its defaults
 * (and whatever a helmet upgrade changes in them) without restating them here.
 */
export function securityHeaders(
  options?: Readonly<HelmetOptions>,
): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response: Pick<ServerResponse, 'setHeader' | 'removeHeader'> = {
    setHeader(name, value) {
      headers[name.toLowerCase()] = String(value);
      return this as ServerResponse;
    },
    removeHeader(name) {
      delete headers[name.toLowerCase()];
    },
  };
  // The stubs are all helmet touches when no directive is a function of the request. A bad
  // option throws here, at start-up (helmet 8 throws rather than passing errors to `next`).
  helmet(options)({} as IncomingMessage, response as ServerResponse, () => undefined);
  return headers;
}

/**
 * Security headers on every answer, set on the raw response as helmet does: they then also reach
 * answers written past Fastify (the local identity provider's pages), and a later hook's
 * `reply.header` (the /docs page's own CSP) still takes precedence.
 */
export function installSecurityHeaders(fastify: FastifyInstance): void {
  const entries = Object.entries(securityHeaders());
  fastify.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of entries) reply.raw.setHeader(name, value);
    done();
  });
}
