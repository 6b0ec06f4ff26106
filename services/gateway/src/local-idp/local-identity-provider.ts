import { createHash, generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Configuration, JWK } from 'oidc-provider';
// oidc-provider is an ES module; Node 20.19+ loads it through require, whose namespace holds
// the class as `default` (a default import would wrap the namespace once more).
import * as oidcProvider from 'oidc-provider';
import type { DemoPerson } from '../institutions/demo-institution';

export const LOCAL_IDP_PATH = '/oidc';

export interface LocalIdpOptions {
  /** `${publicUrl}/oidc` */
  readonly issuer: string;
  readonly client: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly redirectUris: readonly string[];
  };
  readonly people: readonly DemoPerson[];
  readonly roleClaim: string;
  /** Signs the provider's cookies; derived from the gateway's key so restarts keep them valid. */
  readonly cookieSecret: string;
}

/**
 * The embedded default's identity provider: a real, certified OpenID provider (oidc-provider)
 * that knows the demo people, so sign-in works with no external IdP. It keeps its grants and
 * sessions in memory: a restart signs people out of the provider (not out of Rapport, whose
 * sessions live in the database). Its login page is the library's development interaction,
 * which takes a login name and no password; `findAccount` admits only the demo people.
 */
export function createLocalIdentityProvider(options: LocalIdpOptions): oidcProvider.default {
  const people = new Map(options.people.map((person) => [person.personId, person]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.client.clientId,
        client_secret: options.client.clientSecret,
        redirect_uris: [...options.client.redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      email: ['email'],
      rapport: [options.roleClaim],
    },
    scopes: ['openid', 'profile', 'email', 'rapport'],
    // The relying party reads everything from the ID token, without a userinfo round trip.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: person.name,
          email: person.email,
          [options.roleClaim]: person.idpRole,
        }),
      };
    },
    cookies: { keys: [options.cookieSecret] },
    jwks: { keys: [signingKey()] },
    features: { devInteractions: { enabled: true } },
  };
  return new oidcProvider.default(options.issuer, configuration);
}

// A fresh signing key per process: relying parties fetch the JWKS when they meet an unknown kid.
function signingKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16);
  return { ...jwk, kid, use: 'sig', alg: 'RS256' };
}

/**
 * Serves the provider (a Koa app) under /oidc of the gateway's own port, so the local setup has one
 * public origin. It takes over the raw request in onRequest, before Fastify's body parsing and
 * gates, because the provider reads its own (form-encoded) bodies.
 */
export function mountLocalIdentityProvider(
  fastify: FastifyInstance,
  provider: oidcProvider.default,
): void {
  const handle = provider.callback() as (req: IncomingMessage, res: ServerResponse) => void;
  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.raw.url ?? '/';
    if (url !== LOCAL_IDP_PATH && !url.startsWith(`${LOCAL_IDP_PATH}/`)) {
      done();
      return;
    }
    void reply.hijack();
    // The provider finds its mount path by comparing originalUrl with url (as koa-mount sets them).
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    raw.originalUrl = url;
    raw.url = url.slice(LOCAL_IDP_PATH.length) || '/';
    handle(raw, reply.raw);
  });
}
