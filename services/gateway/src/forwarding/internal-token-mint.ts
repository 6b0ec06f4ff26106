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
  private readonly minted = new LRUCache<string, Minted>({ max: TOKENS_REMEMBERED });
  /**
   * The same tokens by the object that asked for them: a bearer caller is one object for its
   * token's whole life (VerifiedAccessTokens), so a repeat read finds its token without building
   * the key. Only for callers whose claims cannot change while the object lives (not a coach,
   * whose assigned members are read per call); held weakly, so it goes with the caller.
   */
  private readonly byHolder = new WeakMap<object, Map<string, Minted>>();

  constructor(private readonly privateKeyPem: string) {}

  /** The token minted for `holder` and `audience` while it may still be sent, else undefined. */
  heldFor(holder: object, audience: string, nowMs: number): string | undefined {
    const held = this.byHolder.get(holder)?.get(audience);
    return held && nowMs < held.until ? held.token : undefined;
  }

  /** `holder`: the object `heldFor` will be asked with; only one whose claims never change. */
  async tokenFor(
    audience: string,
    caller: InternalCaller,
    nowMs: number,
    holder?: object,
  ): Promise<string> {
    const key = JSON.stringify([
      audience,
      caller.tenantId,
      caller.actorId,
      caller.role,
      caller.scopes ?? [],
      caller.assignedMemberIds ?? [],
    ]);
    let minted = this.minted.get(key);
    if (!minted || nowMs >= minted.until) {
      const token = await signInternalToken(this.privateKeyPem, caller, {
        audience,
        ttlSeconds: INTERNAL_TOKEN_TTL_SECONDS,
        now: new Date(nowMs),
      });
      minted = { token, until: nowMs + REUSE_MS };
      this.minted.set(key, minted);
    }
    if (holder) {
      const held = this.byHolder.get(holder) ?? new Map<string, Minted>();
      held.set(audience, minted);
      this.byHolder.set(holder, held);
    }
    return minted.token;
  }
}

interface Minted {
  readonly token: string;
  /** Until when it is sent again (ms); it stays valid for as long again after that. */
  readonly until: number;
}
