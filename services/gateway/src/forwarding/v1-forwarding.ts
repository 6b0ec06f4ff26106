import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER, NotFoundProblem, ProblemError } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AuditTrail } from '../audit/audit-trail';
import { RouteAuthorizer } from '../authorization/route-authorizer';
import type { Caller } from '../callers/caller';
import { CallerResolver } from '../callers/caller-resolver';
import { type HeaderSink, RateLimiter } from '../rate-limits/rate-limiter';
import { IdempotencyRecords, requestFingerprint } from './idempotency-records';
import { type ForwardedResponse, ServiceForwarder } from './service-forwarder';
import { type UpstreamRoute, upstreamRouteOf } from './upstream-routes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * /v1: every route a service offers, forwarded as the authenticated caller: credentials, rate
 * limit, the route's rule, then the owning service with an internal token. A change is audited
 * with its outcome (refusals included) and a POST may carry an Idempotency-Key. Called by the
 * plain Fastify routes of `V1ForwardingRoutes`; errors are thrown as problems for the app's
 * problem+json handler.
 */
@Injectable()
export class V1Forwarding {
  constructor(
    private readonly callers: CallerResolver,
    private readonly forwarder: ServiceForwarder,
    private readonly idempotency: IdempotencyRecords,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditTrail,
    private readonly authorizer: RouteAuthorizer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forward(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const caller = await this.callers.resolve(request);
    if (SAFE_METHODS.has(request.method)) {
      await this.answer(caller, request, reply);
      return;
    }
    const path = request.url.split('?')[0] ?? '';
    const record = (outcome: number) =>
      this.audit.record({
        tenantId: caller.tenantId,
        actor: { id: caller.actorId, role: caller.role },
        action: `${request.method} ${path}`,
        target: path,
        requestId: String(reply.getHeader(CORRELATION_ID_HEADER)),
        outcome,
        at: this.clock(),
      });
    let status: number;
    try {
      status = await this.answer(caller, request, reply);
    } catch (error) {
      await record(error instanceof ProblemError ? error.status : 500);
      throw error;
    }
    await record(status);
  }

  private async answer(
    caller: Caller,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<number> {
    const correlationId = String(reply.getHeader(CORRELATION_ID_HEADER));
    const body = bodyOf(request);
    const forwardTo = (upstream: UpstreamRoute) =>
      this.forwarder.forward(
        upstream,
        caller,
        { method: request.method, headers: request.headers, body },
        correlationId,
      );
    const key = request.headers['idempotency-key'];
    const route = upstreamRouteOf(request.url);
    const answer = await this.checked(caller, request.method, request.url, reply, route, (found) =>
      request.method === 'POST' && typeof key === 'string'
        ? this.onceFor(key, caller, request, body, () => forwardTo(found))
        : forwardTo(found),
    );
    await reply.status(answer.status).headers(answer.headers).send(answer.body);
    return answer.status;
  }

  /**
   * A GET of the /v1 read lane (`V1ReadLane`): the same checks and call as through Fastify, for a
   * bearer caller without a body; the lane writes the answer. The checks that memory decides (a
   * held rate-limit slot, a rule that reads nothing) are made without waiting: every await is a
   * turn of the event loop's microtask queue, on every read.
   */
  async read(
    caller: Caller,
    route: UpstreamRoute,
    headers: Readonly<Record<string, string | string[] | undefined>>,
    correlationId: string,
    sink: HeaderSink,
  ): Promise<ForwardedResponse> {
    const forwardTo = (upstream: UpstreamRoute) =>
      this.forwarder.forward(
        upstream,
        caller,
        { method: 'GET', headers, body: undefined },
        correlationId,
      );
    if (!this.rateLimiter.takeHeld(caller, sink)) {
      return this.checked(caller, 'GET', route.path, sink, route, forwardTo);
    }
    if (!this.authorizer.authorizeWithoutReads(caller, 'GET', route.path)) {
      await this.authorizer.authorize(caller, 'GET', route.path);
    }
    return forwardTo(route);
  }

  /**
   * Rate limit, the owning service (`route`, undefined when none serves `url`) and the route's
   * rule, then `call`.
   */
  private async checked(
    caller: Caller,
    method: string,
    url: string,
    sink: HeaderSink,
    route: UpstreamRoute | undefined,
    call: (route: UpstreamRoute) => Promise<ForwardedResponse>,
  ): Promise<ForwardedResponse> {
    await this.rateLimiter.take(caller, undefined, sink);
    if (!route) throw new NotFoundProblem(`No API route ${url.split('?')[0]}`);
    await this.authorizer.authorize(caller, method, route.path);
    return call(route);
  }

  private async onceFor(
    key: string,
    caller: { tenantId: string; actorId: string },
    request: FastifyRequest,
    body: Buffer | undefined,
    forward: () => Promise<ForwardedResponse>,
  ): Promise<ForwardedResponse> {
    const id = IdempotencyRecords.idOf(caller.tenantId, caller.actorId, key);
    const fingerprint = requestFingerprint(request.method, request.url, body);
    const replay = await this.idempotency.claim(id, fingerprint, this.clock());
    if (replay) return { ...replay, headers: { ...replay.headers, 'idempotent-replayed': 'true' } };
    let answer: ForwardedResponse;
    try {
      answer = await forward();
    } catch (error) {
      await this.idempotency.release(id);
      throw error;
    }
    // A server error is not an outcome to repeat: the retry should run again.
    if (answer.status >= 500) await this.idempotency.release(id);
    else await this.idempotency.remember(id, answer);
    return answer;
  }
}

/** The exact bytes received: JSON's raw body (kept by the app), or an import file's Buffer. */
function bodyOf(request: FastifyRequest): Buffer | undefined {
  const raw = (request as FastifyRequest & { rawBody?: Buffer }).rawBody;
  if (raw) return raw;
  return Buffer.isBuffer(request.body) ? request.body : undefined;
}
