import type { Role } from '@rapport/platform/http';
import { AccessTokens } from '../../callers/access-tokens';
import type { GatewayProcess } from '../../testing/gateway-process';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export type Send = (
  method: string,
  path: string,
  options?: { json?: unknown; headers?: Record<string, string> },
) => Promise<Reply>;

/**
 * Callers of any institution in any role, with bearer tokens the gateway itself would issue
 * (signed with its key, for its public URL): the specs need admins of institutions that have no
 * identity provider here. Signing in through the provider is sign-in.int.spec.ts's business.
 */
export function institutionCallers(gateway: GatewayProcess) {
  const tokens = new AccessTokens(gateway.privateKeyPem, gateway.publicKeyPem, gateway.url);
  return (tenantId: string, actorId: string, role: Exclude<Role, 'system'>): Send => {
    const token = tokens.issue(
      { tenantId, actorId, role, scopes: role === 'partner' ? ['contacts:read'] : [] },
      { ttlSeconds: 600, now: new Date() },
    );
    return async (method, path, options = {}) => {
      const response = await fetch(`${gateway.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await token}`,
          ...(options.json === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
        ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    };
  };
}
