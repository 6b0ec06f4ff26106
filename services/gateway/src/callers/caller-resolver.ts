import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ForbiddenProblem, UnauthenticatedProblem } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { BrowserSessions, csrfTokenMatches } from '../sign-in/browser-sessions';
import { SessionCookies } from '../sign-in/session-cookies';
import { CorsOrigins } from '../cors/cors-origins';
import { PartnerClients } from '../partners/partner-clients';
import { AccessTokens } from './access-tokens';
import type { Caller } from './caller';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Turns a request's credentials into a Caller: a bearer access token (API clients), else the
 * browser's session cookie. A session's state-changing request must carry its CSRF token, since
 * the browser would attach the cookie to a forged cross-site request too.
 */
@Injectable()
export class CallerResolver {
  private readonly cookies: SessionCookies;
  private readonly ownOrigin: string;

  constructor(
    private readonly sessions: BrowserSessions,
    private readonly accessTokens: AccessTokens,
    private readonly corsOrigins: CorsOrigins,
    private readonly partnerClients: PartnerClients,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.cookies = new SessionCookies(config.publicUrl);
    this.ownOrigin = new URL(config.publicUrl).origin;
  }

  async resolve(request: FastifyRequest): Promise<Caller> {
    const caller = await this.credentialsOf(request);
    await this.assertOriginServes(request.headers.origin, caller.tenantId);
    return caller;
  }

  /** A page on another institution's origin may not act for this caller's institution. */
  private async assertOriginServes(origin: string | undefined, tenantId: string): Promise<void> {
    if (origin === undefined || origin === this.ownOrigin) return;
    if ((await this.corsOrigins.tenantOf(origin)) !== tenantId) {
      throw new ForbiddenProblem(`Pages on ${origin} may not call the API for your institution`);
    }
  }

  /**
   * The caller an `Authorization` header names, for a request that sent no `Origin` (API clients):
   * the bearer token's check without the browser's. The /v1 read lane calls it directly.
   */
  async bearerCaller(authorization: string): Promise<Caller> {
    const token = bearerTokenOf(authorization);
    const caller = token ? await this.accessTokens.verify(token, this.clock()) : undefined;
    if (!caller) throw new UnauthenticatedProblem('The bearer token is not valid here');
    // A revoked partner app is refused at once, not when its last token expires.
    if (caller.role === 'partner') {
      const client = await this.partnerClients.find(caller.actorId);
      if (!client || client.revokedAt || client.tenantId !== caller.tenantId) {
        throw new UnauthenticatedProblem('This partner app has been revoked');
      }
    }
    return caller;
  }

  /**
   * `bearerCaller` without waiting, for a token verified before and still live, of a person: a
   * partner app's revocation is read on every call, so a partner is left to `bearerCaller`, as is
   * every token not known (undefined).
   */
  knownBearerCaller(authorization: string): Caller | undefined {
    const token = bearerTokenOf(authorization);
    const caller = token ? this.accessTokens.known(token, this.clock().getTime()) : undefined;
    return caller?.role === 'partner' ? undefined : caller;
  }

  private async credentialsOf(request: FastifyRequest): Promise<Caller> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) return this.bearerCaller(authorization);
    const token = this.cookies.sessionToken(request);
    const session = token ? await this.sessions.find(token, this.clock()) : undefined;
    if (!session) {
      throw new UnauthenticatedProblem('Sign in, or send an access token as Bearer');
    }
    if (
      !SAFE_METHODS.has(request.method) &&
      !csrfTokenMatches(session, request.headers['x-csrf-token'])
    ) {
      throw new ForbiddenProblem(
        'A change made with a session cookie needs its X-CSRF-Token header',
      );
    }
    return {
      tenantId: session.tenantId,
      actorId: session.personId,
      role: session.role,
      scopes: [],
      via: 'session',
    };
  }
}

/** The token of an `Authorization: Bearer …` header; undefined for any other header. */
function bearerTokenOf(authorization: string): string | undefined {
  return /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim())?.[1];
}
