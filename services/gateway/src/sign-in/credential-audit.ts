import { Inject, Injectable } from '@nestjs/common';
import { CORRELATION_ID_HEADER } from '@rapport/platform/http';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import type { FastifyReply } from 'fastify';
import { AuditTrail } from '../audit/audit-trail';
import { PartnerClients } from '../partners/partner-clients';
import type { BrowserSession } from './browser-sessions';
import { IdentityProviders } from './identity-providers';

/**
 * Where refusals that name no institution we know are recorded (an unknown partner client, a
 * callback for a tenant that does not sign in here): operators read them with
 * `GET /v1/audit?tenant=unknown-tenant`. Not a valid institution id to register.
 */
export const UNKNOWN_TENANT = 'unknown-tenant';

/** Why a sign-in was refused, as the audit record's target. */
export type SignInRefusal =
  | 'not-started-in-this-browser'
  | 'expired-or-used'
  | 'provider-answer-refused'
  | 'no-role'
  | 'unknown-institution';

// Client ids come from the request: keep what an attacker sends from filling the trail.
const MAX_CLIENT_ID = 100;

/**
 * Audit records of credentials: people signing in and out, refused sign-ins, and partner apps
 * refused at /oauth/token (the client id as actor). Written through the AuditTrail's public API.
 */
@Injectable()
export class CredentialAudit {
  constructor(
    private readonly audit: AuditTrail,
    private readonly providers: IdentityProviders,
    private readonly partnerClients: PartnerClients,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  signedIn(session: BrowserSession, requestId: string): Promise<void> {
    return this.ofSession(session, 'session.signed-in', 303, requestId);
  }

  signedOut(session: BrowserSession, requestId: string): Promise<void> {
    return this.ofSession(session, 'session.signed-out', 204, requestId);
  }

  /** A refused callback; the person when the provider named one, else `anonymous`. */
  async signInRefused(
    tenantId: string,
    refusal: SignInRefusal,
    outcome: number,
    requestId: string,
    personId?: string,
  ): Promise<void> {
    const known = (await this.providers.find(tenantId)) !== null;
    await this.audit.record({
      tenantId: known ? tenantId : UNKNOWN_TENANT,
      actor: personId ? { id: personId, role: 'person' } : { id: 'anonymous', role: 'anonymous' },
      action: 'session.sign-in-refused',
      target: known ? refusal : `${refusal}:${tenantId}`,
      requestId,
      outcome,
      at: this.clock(),
    });
  }

  /** Credentials /oauth/token refused: an unknown client, a wrong secret or a revoked client. */
  async partnerRefused(clientId: string, requestId: string): Promise<void> {
    const id = clientId.slice(0, MAX_CLIENT_ID);
    const client = await this.partnerClients.find(id);
    await this.audit.record({
      tenantId: client?.tenantId ?? UNKNOWN_TENANT,
      actor: { id, role: 'partner' },
      action: 'partner-token.refused',
      target: client ? (client.revokedAt ? 'revoked-client' : 'wrong-secret') : 'unknown-client',
      requestId,
      outcome: 401,
      at: this.clock(),
    });
  }

  private ofSession(
    session: BrowserSession,
    action: string,
    outcome: number,
    requestId: string,
  ): Promise<void> {
    return this.audit.record({
      tenantId: session.tenantId,
      actor: { id: session.personId, role: session.role },
      action,
      target: `person:${session.personId}`,
      requestId,
      outcome,
      at: this.clock(),
    });
  }
}

/** The request's correlation id, which the platform has set on the reply. */
export const requestIdOf = (reply: FastifyReply) => String(reply.getHeader(CORRELATION_ID_HEADER));
