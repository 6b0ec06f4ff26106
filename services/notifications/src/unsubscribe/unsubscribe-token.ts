import { jwtVerify, SignJWT } from 'jose';

/** Who opts out of what: a contact's address (hashed) from one tenant's outreach mail. */
export interface UnsubscribeClaim {
  readonly tenantId: string;
  readonly addressHash: string;
}

const AUDIENCE = 'rapport-unsubscribe';

/**
 * Unsubscribe links carry a signed claim, so the public route needs no login and cannot be used to
 * opt out somebody else's address. Signed with HS256 by this service's own secret; no expiry,
 * because an old email's link must keep working.
 */
export class UnsubscribeTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claim: UnsubscribeClaim): Promise<string> {
    return new SignJWT({ t: claim.tenantId, a: claim.addressHash })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(AUDIENCE)
      .sign(this.key);
  }

  /** The claim, or undefined for anything not signed by this service. */
  async verify(token: string): Promise<UnsubscribeClaim | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { t, a } = payload as { t?: unknown; a?: unknown };
      if (typeof t !== 'string' || typeof a !== 'string' || !/^[0-9a-f]{64}$/.test(a)) {
        return undefined;
      }
      return { tenantId: t, addressHash: a };
    } catch {
      return undefined;
    }
  }
}
