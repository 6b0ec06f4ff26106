import { Inject, Injectable } from '@nestjs/common';
import {
  ForbiddenProblem,
  NotFoundProblem,
  type ProblemError,
  UnauthenticatedProblem,
} from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { PeopleDirectory } from '../people/people-directory';
import { type BrowserSession, BrowserSessions } from './browser-sessions';
import { CredentialAudit, type SignInRefusal } from './credential-audit';
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
    private readonly people: PeopleDirectory,
    private readonly credentialAudit: CredentialAudit,
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
    requestId: string,
  ): Promise<{ token: string; session: BrowserSession; returnTo: string }> {
    // Every refusal is audited before it is answered, with why as its target.
    const refuse = async (refusal: SignInRefusal, problem: ProblemError, personId?: string) => {
      await this.credentialAudit.signInRefused(
        tenantId,
        refusal,
        problem.status,
        requestId,
        personId,
      );
      return problem;
    };
    const state = callbackUrl.searchParams.get('state');
    // The state must be the one this browser was sent off with (login CSRF), and still pending.
    if (!state || state !== browserState) {
      throw await refuse(
        'not-started-in-this-browser',
        new UnauthenticatedProblem('This sign-in was not started in this browser'),
      );
    }
    const attempt = await this.attempts.take(state, this.clock());
    if (!attempt || attempt.tenantId !== tenantId) {
      throw await refuse(
        'expired-or-used',
        new UnauthenticatedProblem('This sign-in has expired or was already used'),
      );
    }
    const provider = await this.providers.find(tenantId);
    if (!provider) {
      throw await refuse(
        'unknown-institution',
        new NotFoundProblem(`No institution ${tenantId} signs in here`),
      );
    }
    let identity;
    try {
      identity = await this.relyingParty.complete(provider, callbackUrl, attempt);
    } catch (error) {
      throw await refuse(
        'provider-answer-refused',
        new UnauthenticatedProblem(
          `The identity provider's answer was refused: ${error instanceof Error ? error.message : 'unknown'}`,
        ),
      );
    }
    // The institution's own record decides once the person is in it: admins change roles and
    // remove people in Rapport, and the provider's claim only serves people not enrolled (yet).
    const person = await this.people.find(tenantId, identity.subject);
    if (person?.status === 'removed') {
      // Audited as having no role: a removed person holds none, whatever the provider says.
      throw await refuse(
        'no-role',
        new ForbiddenProblem('You no longer belong to this institution in Rapport'),
        identity.subject,
      );
    }
    const role = person?.role ?? roleFromClaims(provider, identity.claims);
    if (!role) {
      throw await refuse(
        'no-role',
        new ForbiddenProblem(
          `Your identity provider grants you no role in Rapport (claim ${provider.roleClaim})`,
        ),
        identity.subject,
      );
    }
    const { token, session } = await this.sessions.start(
      { tenantId, personId: identity.subject, role },
      this.clock(),
      this.config.RAPPORT_GATEWAY_SESSION_TTL_SECONDS,
    );
    await this.credentialAudit.signedIn(session, requestId);
    return { token, session, returnTo: attempt.returnTo };
  }

  async signOut(token: string, session: BrowserSession, requestId: string): Promise<void> {
    await this.sessions.end(token);
    await this.credentialAudit.signedOut(session, requestId);
  }

  private async providerOf(tenantId: string) {
    const provider = await this.providers.find(tenantId);
    if (!provider) throw new NotFoundProblem(`No institution ${tenantId} signs in here`);
    return provider;
  }
}
