import { createHash } from 'node:crypto';
// openid-client is an ES module, loaded through Node's require of ES modules (Node 20.19+).
import * as oidc from 'openid-client';
import type { TenantIdentityProvider } from './identity-providers';

/** What the browser's trip to the provider must bring back unchanged (kept server-side). */
export interface SignInChecks {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface VerifiedIdentity {
  readonly subject: string;
  readonly claims: Readonly<Record<string, unknown>>;
}

/**
 * The relying party for every tenant's provider: authorization code flow with PKCE (S256), state
 * and nonce, on a certified library. Discovery is done once per tenant and provider settings and
 * kept; a failed discovery is forgotten so the next sign-in tries again.
 */
export class RelyingParty {
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  async authorizationUrl(
    provider: TenantIdentityProvider,
    redirectUri: string,
  ): Promise<{ url: URL; checks: SignInChecks }> {
    const configuration = await this.configurationFor(provider);
    const checks: SignInChecks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: provider.scopes.join(' '),
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, checks };
  }

  /** Redeems the code from the callback URL; throws when any check fails. */
  async complete(
    provider: TenantIdentityProvider,
    callbackUrl: URL,
    checks: SignInChecks,
  ): Promise<VerifiedIdentity> {
    const configuration = await this.configurationFor(provider);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    return { subject: claims.sub, claims };
  }

  private configurationFor(provider: TenantIdentityProvider): Promise<oidc.Configuration> {
    // The secret is in the key (as a digest) so that a new one takes effect at once.
    const secret = createHash('sha256').update(provider.clientSecret).digest('base64url');
    const key = JSON.stringify([provider._id, provider.issuer, provider.clientId, secret]);
    let configuration = this.configurations.get(key);
    if (!configuration) {
      configuration = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        // Plain http only for a provider on this machine (the local development one).
        isLoopback(provider.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      configuration.catch(() => this.configurations.delete(key));
      this.configurations.set(key, configuration);
    }
    return configuration;
  }
}

function isLoopback(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}
