import { LRUCache } from 'lru-cache';
import { type InternalTokenClaims, signInternalToken } from '@rapport/platform/http';

/** Internal tokens live a minute: enough for one forwarded call, never worth stealing. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;
/** A token is sent again for half its life, so a service always gets one with 30 s or more left. */
const REUSE_MS = (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2;
const TOKENS_REMEMBERED = 10_000;

/** Who the service is told the caller is: everything a token carries except the correlation id. */
export type InternalCaller = Omit<InternalTokenClaims, 'correlationId'>;

/**
 * Mints the internal tokens the services verify, one per caller and service every half minute
 * instead of one per call: an ES256 signature was the largest share of the gateway's own work
 * on a forwarded read. Everything the services decide on (tenant, actor, role, scopes, a coach's
 * assigned members, read fresh on every call) is part of the key, so a change mints a new token
 * at once. The correlation id, which differs per call, is not in the token: it travels in the
 * X-Correlation-Id header, which the services take when their token names none.
 */
export class InternalTokenMint {
  private readonly minted = new LRUCache<string, { token: string; until: number }>({
    max: TOKENS_REMEMBERED,
  });

  constructor(private readonly privateKeyPem: string) {}

  async tokenFor(audience: string, caller: InternalCaller, nowMs: number): Promise<string> {
    const key = JSON.stringify([
      audience,
      caller.tenantId,
      caller.actorId,
      caller.role,
      caller.scopes ?? [],
      caller.assignedMemberIds ?? [],
    ]);
    const known = this.minted.get(key);
    if (known && nowMs < known.until) return known.token;
    const token = await signInternalToken(this.privateKeyPem, caller, {
      audience,
      ttlSeconds: INTERNAL_TOKEN_TTL_SECONDS,
      now: new Date(nowMs),
    });
    this.minted.set(key, { token, until: nowMs + REUSE_MS });
    return token;
  }
}
