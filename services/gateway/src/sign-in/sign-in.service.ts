import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, NotFoundProblem, UnauthenticatedProblem } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { type BrowserSession, BrowserSessions } from './browser-sessions';
import { IdentityProviders, roleFromClaims } from './identity-providers';
import { RelyingParty } from './relying-party';
import { safeReturnTo } from './return-to';
import { SignInAttempts } from './sign-in-attempts';

export const SIGN_IN_WINDOW_SECONDS = 600;

/** Sign-in through the tenant's OpenID provider, from the redirect out to a browser session. */
@Injectable()
export class SignInService {
  constructor(
    private readonly providers: IdentityProviders,
    private readonly attempts: SignInAttempts,
    private readonly sessions: BrowserSessions,
    private readonly relyingParty: RelyingParty,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  redirectUri(tenantId: string): string {
    return `${this.config.publicUrl}/auth/${encodeURIComponent(tenantId)}/callback`;
  }

  async begin(tenantId: string, returnTo: unknown): Promise<{ url: string; state: string }> {
    const provider = await this.providerOf(tenantId);
    const { url, checks } = await this.relyingParty.authorizationUrl(
      provider,
      this.redirectUri(tenantId),
    );
    const expiresAt = new Date(this.clock().getTime() + SIGN_IN_WINDOW_SECONDS * 1000);
    await this.attempts.remember({
      ...checks,
      tenantId,
      returnTo: safeReturnTo(returnTo),
      expiresAt,
    });
    return { url: url.href, state: checks.state };
  }

  async complete(
    tenantId: string,
    callbackUrl: URL,
    browserState: string | undefined,
  ): Promise<{ token: string; session: BrowserSession; returnTo: string }> {
    const state = callbackUrl.searchParams.get('state');
    // The state must be the one this browser was sent off with (login CSRF), and still pending.
    if (!state || state !== browserState) {
      throw new UnauthenticatedProblem('This sign-in was not started in this browser');
    }
    const attempt = await this.attempts.take(state, this.clock());
    if (!attempt || attempt.tenantId !== tenantId) {
      throw new UnauthenticatedProblem('This sign-in has expired or was already used');
    }
    const provider = await this.providerOf(tenantId);
    let identity;
    try {
      identity = await this.relyingParty.complete(provider, callbackUrl, attempt);
    } catch (error) {
      throw new UnauthenticatedProblem(
        `The identity provider's answer was refused: ${error instanceof Error ? error.message : 'unknown'}`,
      );
    }
    const role = roleFromClaims(provider, identity.claims);
    if (!role) {
      throw new ForbiddenProblem(
        `Your identity provider grants you no role in Rapport (claim ${provider.roleClaim})`,
      );
    }
    const { token, session } = await this.sessions.start(
      { tenantId, personId: identity.subject, role },
      this.clock(),
      this.config.RAPPORT_GATEWAY_SESSION_TTL_SECONDS,
    );
    return { token, session, returnTo: attempt.returnTo };
  }

  private async providerOf(tenantId: string) {
    const provider = await this.providers.find(tenantId);
    if (!provider) throw new NotFoundProblem(`No institution ${tenantId} signs in here`);
    return provider;
  }
}
