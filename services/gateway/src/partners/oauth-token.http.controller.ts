import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsBody, FORM_MEDIA_TYPE, Public } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { AccessTokens } from '../callers/access-tokens';
import { CredentialAudit, requestIdOf } from '../sign-in/credential-audit';
import { PartnerClients, type PartnerScope } from './partner-clients';

export const PARTNER_TOKEN_TTL_SECONDS = 600;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) for partner apps: client_secret_basic or the
 * form's client_id/client_secret; the token is the gateway's `at+jwt`, bound to the client's
 * tenant, with the scopes asked for (a subset of the client's) or all of them. Errors are
 * RFC 6749's JSON, which OAuth clients read, rather than problem+json.
 */
@Public()
@Controller('oauth')
export class OAuthTokenController {
  constructor(
    private readonly clients: PartnerClients,
    private readonly accessTokens: AccessTokens,
    private readonly credentialAudit: CredentialAudit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('token')
  @HttpCode(200)
  @AcceptsBody({ mediaTypes: [FORM_MEDIA_TYPE], limitBytes: 4096 })
  async token(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    void reply.header('cache-control', 'no-store');
    const form = (request.body ?? {}) as Record<string, string | undefined>;
    const fail = (status: number, error: string, description: string) =>
      reply.status(status).send({ error, error_description: description });
    if (form['grant_type'] !== 'client_credentials') {
      return fail(400, 'unsupported_grant_type', 'Only client_credentials is offered');
    }
    const credentials = basicCredentials(request.headers.authorization) ?? {
      id: form['client_id'],
      secret: form['client_secret'],
    };
    const now = this.clock();
    const client =
      credentials.id && credentials.secret
        ? await this.clients.authenticate(credentials.id, credentials.secret, now)
        : undefined;
    if (!client) {
      // Refused credentials are audited under the client id they named (issue 16, Audit).
      if (credentials.id)
        await this.credentialAudit.partnerRefused(credentials.id, requestIdOf(reply));
      void reply.header('www-authenticate', 'Basic realm="rapport"');
      return fail(401, 'invalid_client', 'Unknown client, wrong secret, or revoked');
    }
    const asked = form['scope']?.split(' ').filter(Boolean);
    const granted = asked ?? [...client.scopes];
    if (granted.some((scope) => !client.scopes.includes(scope as PartnerScope))) {
      return fail(400, 'invalid_scope', `This client may ask for: ${client.scopes.join(' ')}`);
    }
    const accessToken = await this.accessTokens.issue(
      { tenantId: client.tenantId, actorId: client._id, role: 'partner', scopes: granted },
      { ttlSeconds: PARTNER_TOKEN_TTL_SECONDS, now, clientId: client._id },
    );
    await reply.send({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: PARTNER_TOKEN_TTL_SECONDS,
      scope: granted.join(' '),
    });
  }
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const encoded = header && /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header.trim())?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded inside the Basic credentials.
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon)),
      secret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined;
  }
}
