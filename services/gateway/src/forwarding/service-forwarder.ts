import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'undici';
import { ProblemError, signInternalToken } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { PeopleDirectory } from '../people/people-directory';
import {
  INTERNAL_TOKEN_TTL_SECONDS,
  type InternalCaller,
  InternalTokenMint,
} from './internal-token-mint';
import { upstreamAddresses } from './upstream-addresses';
import { exchange, type UpstreamAnswer } from './upstream-exchange';
import type { UpstreamRoute, UpstreamService } from './upstream-routes';

/** What is passed on to the service, and back; everything else stays at the gateway. */
const REQUEST_HEADERS = ['content-type', 'accept', 'if-match', 'if-none-match', 'accept-language'];
const RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'location',
  'retry-after',
  'content-disposition',
  'cache-control',
  'allow',
  'link',
];

/** Reads may share a caller's token; a change gets its own, naming the call's correlation id. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ForwardedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

class UpstreamUnavailableProblem extends ProblemError {
  constructor(service: string) {
    super(
      503,
      'upstream-unavailable',
      'A service is unavailable',
      `The ${service} service did not answer; try again shortly`,
    );
  }
}

/**
 * Calls the owning service as the caller, with an internal token (tenant, actor, role, scopes, a
 * coach's assigned members; for a change also the correlation id) over a keep-alive pool per
 * service. A read's token is the caller's for this service, reused for half a minute (see
 * `InternalTokenMint`); a change gets a fresh one, so what it records names its own call.
 */
@Injectable()
export class ServiceForwarder implements OnApplicationShutdown {
  private readonly pools = new Map<UpstreamService, Pool>();
  private readonly mint: InternalTokenMint;

  constructor(
    private readonly people: PeopleDirectory,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.mint = new InternalTokenMint(config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY);
    for (const [service, address] of Object.entries(upstreamAddresses(process.env))) {
      this.pools.set(service as UpstreamService, new Pool(address, { connections: 64 }));
    }
  }

  async forward(
    route: UpstreamRoute,
    caller: Caller,
    request: {
      method: string;
      headers: Readonly<Record<string, string | string[] | undefined>>;
      body: Buffer | undefined;
    },
    correlationId: string,
  ): Promise<ForwardedResponse> {
    const pool = this.pools.get(route.service);
    if (!pool) throw new UpstreamUnavailableProblem(route.service);
    const token =
      this.heldToken(route.service, caller, request.method) ??
      (await this.tokenFor(route.service, caller, request.method, correlationId));
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'x-correlation-id': correlationId,
    };
    for (const name of REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let response: UpstreamAnswer;
    try {
      response = await exchange(pool, {
        method: request.method,
        path: route.path,
        headers,
        body: request.body && request.body.length > 0 ? request.body : null,
      });
    } catch {
      throw new UpstreamUnavailableProblem(route.service);
    }
    const passed: Record<string, string> = {};
    for (const name of RESPONSE_HEADERS) {
      const value = response.headers[name];
      if (typeof value === 'string') passed[name] = value;
    }
    // The service names its own paths; the caller knows them under /v1.
    if (passed['location']?.startsWith('/')) passed['location'] = `/v1${passed['location']}`;
    return { status: response.status, headers: passed, body: response.body };
  }

  /**
   * A bearer caller's token for this service, minted for an earlier read and still to be sent,
   * found without waiting; undefined when `tokenFor` must decide.
   */
  private heldToken(service: UpstreamService, caller: Caller, method: string): string | undefined {
    return caller.via === 'bearer' && caller.role !== 'coach' && SAFE_METHODS.has(method)
      ? this.mint.heldFor(caller, service, Date.now())
      : undefined;
  }

  /**
   * A read shares the caller's token for this service (a bearer caller's is found by the caller
   * object itself); a change gets its own, naming the call's correlation id.
   */
  private async tokenFor(
    service: UpstreamService,
    caller: Caller,
    method: string,
    correlationId: string,
  ): Promise<string> {
    const safe = SAFE_METHODS.has(method);
    // A bearer caller is one object per token (a session's is made per request), and a coach's
    // claims include their assigned members, read on every call.
    const holder = safe && caller.via === 'bearer' && caller.role !== 'coach' ? caller : undefined;
    const now = Date.now();
    const held = holder && this.mint.heldFor(holder, service, now);
    if (held) return held;
    const assignedMemberIds =
      caller.role === 'coach'
        ? await this.people.assignedMembers(caller.tenantId, caller.actorId)
        : [];
    const claims: InternalCaller = {
      tenantId: caller.tenantId,
      actorId: caller.actorId,
      role: caller.role,
      scopes: [...caller.scopes],
      assignedMemberIds: [...assignedMemberIds],
    };
    if (safe) return this.mint.tokenFor(service, claims, now, holder);
    return signInternalToken(
      this.config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY,
      { ...claims, correlationId },
      { audience: service, ttlSeconds: INTERNAL_TOKEN_TTL_SECONDS },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }
}
