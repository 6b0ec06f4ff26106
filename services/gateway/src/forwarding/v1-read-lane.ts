import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import {
  CORRELATION_ID_HEADER,
  correlationIdFromHeader,
  httpRequestObserver,
  type HttpRequestObserver,
  routeTableOf,
} from '@rapport/platform/http';
import type { CallerResolver } from '../callers/caller-resolver';
import type { HeaderSink } from '../rate-limits/rate-limiter';
import { securityHeaders } from '../security-headers/security-headers';
import { INSTITUTION_AREAS, type UpstreamRoute, upstreamRouteOf } from './upstream-routes';
import type { V1Forwarding } from './v1-forwarding';

/** The route template the lane's answers are recorded under: the one Fastify would have used. */
export const V1_CATCH_ALL = '/v1/*';
/** Fastify refuses long path parameters (414); such a path goes its way to be refused there. */
const LANE_MAX_URL = 100;

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The /v1 read lane: a bearer GET without a body, from an API client (no `Origin`), is answered
 * by the HTTP server's own request listener instead of Fastify's. It is most of what the public
 * door serves, and under Fastify every one of them paid for the request and reply objects, the
 * routing, eight onRequest hooks (correlation id, body gates, cookies, security headers, the docs
 * page's policy, CORS, the identity provider's mount, the console's files), the onSend and
 * onResponse runners and the reply's send pipeline, none of which has anything to do for such a
 * read. The lane does what they would have: the same correlation id, helmet's headers, the
 * bearer check, rate limit, route rule and upstream call (`V1Forwarding.read`), the answer's
 * allow-listed headers and the request metric under `/v1/*`.
 *
 * Anything else goes to Fastify untouched, and so does every refusal: a request whose check
 * throws is handed to Fastify with its error (`failureOf`), so 401/403/404/429/503 keep one
 * writer, the platform's problem+json filter, with the headers the lane had set (RateLimit,
 * Retry-After) and the same correlation id. Requests the lane cannot be sure about (a percent
 * escape Fastify might refuse to decode, a long path, a path one of the gateway's own GET routes
 * serves) also go to Fastify; taking fewer is always safe.
 */
export class V1ReadLane {
  private readonly failures = new WeakMap<object, Error>();
  /** helmet's headers as a flat name/value list, copied for each answer. */
  private readonly baseHeaders: readonly string[] = Object.entries(securityHeaders()).flat();
  private readonly observe: HttpRequestObserver = httpRequestObserver();
  private ownRoutes: RegExp[] | undefined;
  private closing = false;

  constructor(
    private readonly fastify: FastifyInstance,
    private readonly callers: CallerResolver,
    private readonly forwarding: V1Forwarding,
  ) {}

  /** Puts the lane in front of Fastify's request listener; call before the server listens. */
  install(): void {
    const server = this.fastify.server;
    const listeners = server.listeners('request') as RequestListener[];
    const [fastifyListener] = listeners;
    if (listeners.length !== 1 || !fastifyListener) {
      throw new Error(`expected Fastify's one request listener, found ${listeners.length}`);
    }
    server.removeListener('request', fastifyListener);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const route = this.routeFor(request);
      if (route) void this.answer(request, response, route, fastifyListener);
      else fastifyListener(request, response);
    });
    // While closing, Fastify answers new requests itself (503 and `Connection: close`).
    this.fastify.addHook('preClose', (done) => {
      this.closing = true;
      done();
    });
  }

  /** The error a lane request met, for the Fastify route to throw when it is handed over. */
  failureOf(request: object): Error | undefined {
    return this.failures.get(request);
  }

  /** The service route of a request the lane takes; undefined for one Fastify should answer. */
  private routeFor(request: IncomingMessage): UpstreamRoute | undefined {
    const url = request.url;
    const headers = request.headers;
    if (
      this.closing ||
      request.method !== 'GET' ||
      url === undefined ||
      !url.startsWith('/v1/') ||
      url.length > LANE_MAX_URL ||
      url.includes('%') ||
      headers.authorization === undefined ||
      headers.origin !== undefined ||
      headers['transfer-encoding'] !== undefined ||
      (headers['content-length'] !== undefined && headers['content-length'] !== '0')
    ) {
      return undefined;
    }
    const route = upstreamRouteOf(url);
    if (!route) return undefined;
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    return this.ownGetRoutes().some((pattern) => pattern.test(path)) ? undefined : route;
  }

  /**
   * The gateway's own GET routes that could serve a path the services own (Fastify prefers them
   * to the catch-all): worked out once, after every route is registered. Today there are none.
   */
  private ownGetRoutes(): RegExp[] {
    this.ownRoutes ??= routeTableOf(this.fastify)
      .filter(({ url, methods }) => {
        const first = url.split('/')[2] ?? '';
        const couldClash =
          first === 'members' ||
          first.startsWith(':') ||
          first.startsWith('*') ||
          Object.hasOwn(INSTITUTION_AREAS, first);
        return (
          url !== V1_CATCH_ALL && url.startsWith('/v1/') && methods.includes('GET') && couldClash
        );
      })
      .map(({ pattern }) => pattern);
    return this.ownRoutes;
  }

  private async answer(
    request: IncomingMessage,
    response: ServerResponse,
    route: UpstreamRoute,
    fastifyListener: RequestListener,
  ): Promise<void> {
    const started = performance.now();
    const correlationId = correlationIdFromHeader(request.headers[CORRELATION_ID_HEADER]);
    const set = new SetHeaders();
    try {
      const authorization = request.headers.authorization as string;
      const caller =
        this.callers.knownBearerCaller(authorization) ??
        (await this.callers.bearerCaller(authorization));
      const answer = await this.forwarding.read(caller, route, request.headers, correlationId, set);
      // One flat list for writeHead: helmet's (a copy of the list worked out once), the
      // correlation id, the checks' and the answer's, without an object spread per read. A name
      // the answer carries is not written twice (as the spread it replaces let the last win).
      const headers = this.baseHeaders.slice();
      headers.push(CORRELATION_ID_HEADER, correlationId);
      const passed = answer.headers;
      for (let index = 0; index < set.list.length; index += 2) {
        const name = set.list[index] as string;
        if (passed[name] === undefined) headers.push(name, set.list[index + 1] as string);
      }
      for (const name in passed) headers.push(name, passed[name] as string);
      if (answer.status === 204 || answer.status === 304) {
        response.writeHead(answer.status, headers);
        response.end();
      } else {
        if (passed['content-type'] === undefined) {
          headers.push('content-type', 'application/octet-stream');
        }
        headers.push('content-length', String(answer.body.length));
        response.writeHead(answer.status, headers);
        response.end(answer.body);
      }
      this.observe('GET', V1_CATCH_ALL, answer.status, (performance.now() - started) / 1000);
    } catch (error) {
      if (response.headersSent) {
        response.destroy(error as Error);
        return;
      }
      // Fastify answers it: the same correlation id (its hook reads the header), the headers the
      // checks set, and the route's handler throws the error for the problem+json filter.
      this.failures.set(request, error instanceof Error ? error : new Error(String(error)));
      request.headers[CORRELATION_ID_HEADER] = correlationId;
      for (let index = 0; index < set.list.length; index += 2) {
        response.setHeader(set.list[index] as string, set.list[index + 1] as string);
      }
      fastifyListener(request, response);
    }
  }
}

/**
 * The headers the checks set (RateLimit, Retry-After), as a flat name/value list: the sink
 * `RateLimiter.take` writes to. A later value of a name replaces the earlier one.
 */
class SetHeaders implements HeaderSink {
  readonly list: string[] = [];

  header(name: string, value: string): this {
    // Names only (even places): a value that happens to spell a name is not one.
    for (let index = 0; index < this.list.length; index += 2) {
      if (this.list[index] === name) {
        this.list[index + 1] = value;
        return this;
      }
    }
    this.list.push(name, value);
    return this;
  }
}
