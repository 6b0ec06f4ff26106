import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import { AccessTokens } from './access-tokens';
import type { Caller } from './caller';

const TOKENS_REMEMBERED = 10_000;
/** What `AccessTokens.verify` tolerates past `exp`; a remembered token keeps exactly that. */
const CLOCK_TOLERANCE_MS = 5_000;

interface Verified {
  readonly caller: Caller;
  /** When the token stops being accepted (ms). */
  readonly until: number;
}

/**
 * Access tokens whose signature was checked once per instance: an API client sends the same
 * token on every call for its lifetime (10–15 min), and an ES256 verification is a large share of
 * what the gateway adds to a read. A token is immutable, so what its verification found holds
 * until it expires, which is checked on every use; failures are not remembered. Revocation is
 * not the token's business: a partner app's is checked per request by the caller resolver.
 */
export class VerifiedAccessTokens extends AccessTokens {
  private readonly verified = new LRUCache<string, Verified>({ max: TOKENS_REMEMBERED });

  override known(token: string, nowMs: number): Caller | undefined {
    const known = this.verified.get(token);
    return known && nowMs < known.until ? known.caller : undefined;
  }

  override async verify(token: string, now: Date): Promise<Caller | undefined> {
    const known = this.verified.get(token);
    if (known) {
      if (now.getTime() < known.until) return known.caller;
      this.verified.delete(token);
      return undefined;
    }
    const caller = await super.verify(token, now);
    const { exp } = decodeJwt(token);
    if (caller && typeof exp === 'number') {
      this.verified.set(token, { caller, until: exp * 1000 + CLOCK_TOLERANCE_MS });
    }
    return caller;
  }
}
