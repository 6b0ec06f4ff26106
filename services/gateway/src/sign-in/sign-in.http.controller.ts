import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ForbiddenProblem, Public, UnauthenticatedProblem, ZodPipe } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AccessTokens } from '../callers/access-tokens';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { BrowserSessions, csrfTokenMatches } from './browser-sessions';
import { requestIdOf } from './credential-audit';
import { SessionCookies } from './session-cookies';
import { SIGN_IN_WINDOW_SECONDS, SignInService } from './sign-in.service';

const PERSON_TOKEN_TTL_SECONDS = 15 * 60;

export const tenantIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'not a tenant id');

/**
 * Browser sign-in. Public to the platform's internal-token guard: the gateway is where outside
 * credentials are checked, so these routes do it themselves.
 */
@Public()
@Controller('auth')
export class SignInController {
  private readonly cookies: SessionCookies;

  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: BrowserSessions,
    private readonly accessTokens: AccessTokens,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.cookies = new SessionCookies(config.publicUrl);
  }

  @Get(':tenantId/sign-in')
  async begin(
    @Param('tenantId', new ZodPipe(tenantIdSchema)) tenantId: string,
    @Query('returnTo') returnTo: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { url, state } = await this.signIn.begin(tenantId, returnTo);
    this.cookies.setSignIn(reply, state, SIGN_IN_WINDOW_SECONDS);
    await reply.redirect(url, 303);
  }

  @Get(':tenantId/callback')
  async callback(
    @Param('tenantId', new ZodPipe(tenantIdSchema)) tenantId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const callbackUrl = new URL(request.url, this.signIn.redirectUri(tenantId));
    const browserState = this.cookies.read(request, SessionCookies.signInName);
    this.cookies.clearSignIn(reply);
    const { token, session, returnTo } = await this.signIn.complete(
      tenantId,
      callbackUrl,
      browserState,
      requestIdOf(reply),
    );
    const maxAge = Math.floor((session.expiresAt.getTime() - this.clock().getTime()) / 1000);
    this.cookies.setSession(reply, token, maxAge);
    await reply.redirect(returnTo, 303);
  }

  /** Who is signed in, and the CSRF token the browser must send back on state changes. */
  @Get('session')
  async session(@Req() request: FastifyRequest) {
    const session = await this.current(request);
    const { tenantId, personId, role, csrfToken, expiresAt } = session;
    return { tenantId, personId, role, csrfToken, expiresAt };
  }

  /**
   * A bearer access token for the signed-in person's own API client (a script, the CLI): the
   * session's CSRF token is required, so a cross-site page cannot obtain one.
   */
  @Post('tokens')
  async issueToken(@Req() request: FastifyRequest) {
    const session = await this.current(request);
    if (!csrfTokenMatches(session, request.headers['x-csrf-token'])) {
      throw new ForbiddenProblem('Issuing a token needs the session’s X-CSRF-Token header');
    }
    const accessToken = await this.accessTokens.issue(
      { tenantId: session.tenantId, actorId: session.personId, role: session.role, scopes: [] },
      { ttlSeconds: PERSON_TOKEN_TTL_SECONDS, now: this.clock() },
    );
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: PERSON_TOKEN_TTL_SECONDS,
    };
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.current(request);
    if (!csrfTokenMatches(session, request.headers['x-csrf-token'])) {
      throw new ForbiddenProblem('Signing out needs the session’s X-CSRF-Token header');
    }
    await this.signIn.signOut(
      this.cookies.sessionToken(request) ?? '',
      session,
      requestIdOf(reply),
    );
    this.cookies.clearSession(reply);
  }

  private async current(request: FastifyRequest) {
    const token = this.cookies.sessionToken(request);
    const session = token ? await this.sessions.find(token, this.clock()) : undefined;
    if (!session) throw new UnauthenticatedProblem('Not signed in');
    return session;
  }
}
