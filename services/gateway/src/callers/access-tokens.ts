import { randomUUID } from 'node:crypto';
import { importPKCS8, importSPKI, jwtVerify, type KeyLike, SignJWT } from 'jose';
import { z } from 'zod';
import { ROLES } from '@rapport/platform/http';
import type { Caller } from './caller';

export const ACCESS_TOKEN_AUDIENCE = 'rapport-api';
// Not the internal token's `typ`: services refuse this token and the gateway refuses theirs,
// though both are signed with the gateway's key.
const ACCESS_TOKEN_TYPE = 'at+jwt';
const ALGORITHM = 'ES256';

const claimsSchema = z.object({
  sub: z.string().min(1),
  tenantId: z.string().min(1),
  role: z.enum(ROLES),
  scope: z.string().optional(),
  client_id: z.string().optional(),
});

/**
 * Bearer access tokens for API clients (RFC 9068 JWT profile): short-lived, audience-bound, one
 * tenant, the caller's role and scopes. The gateway issues and checks them itself.
 */
export class AccessTokens {
  private readonly privateKey: Promise<KeyLike>;
  private readonly publicKey: Promise<KeyLike>;

  constructor(
    privateKeyPem: string,
    publicKeyPem: string,
    private readonly issuer: string,
  ) {
    this.privateKey = importPKCS8(privateKeyPem, ALGORITHM);
    this.publicKey = importSPKI(publicKeyPem, ALGORITHM);
  }

  async issue(
    caller: Omit<Caller, 'via'>,
    options: { ttlSeconds: number; now: Date; clientId?: string },
  ): Promise<string> {
    const issuedAt = Math.floor(options.now.getTime() / 1000);
    return new SignJWT({
      tenantId: caller.tenantId,
      role: caller.role,
      ...(caller.scopes.length > 0 ? { scope: caller.scopes.join(' ') } : {}),
      ...(options.clientId ? { client_id: options.clientId } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(caller.actorId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + options.ttlSeconds)
      .setJti(randomUUID())
      .sign(await this.privateKey);
  }

  /**
   * The caller of a token already verified and still live at `nowMs`, found without waiting;
   * undefined when `verify` must decide (here always: nothing is remembered).
   */
  known(_token: string, _nowMs: number): Caller | undefined {
    return undefined;
  }

  /** The caller a token names, or undefined when it is not a valid, live token of ours. */
  async verify(token: string, now: Date): Promise<Caller | undefined> {
    try {
      const { payload } = await jwtVerify(token, await this.publicKey, {
        algorithms: [ALGORITHM],
        typ: ACCESS_TOKEN_TYPE,
        issuer: this.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
        currentDate: now,
        clockTolerance: 5,
      });
      const claims = claimsSchema.parse(payload);
      return {
        tenantId: claims.tenantId,
        actorId: claims.sub,
        role: claims.role,
        scopes: claims.scope ? claims.scope.split(' ') : [],
        via: 'bearer',
      };
    } catch {
      return undefined;
    }
  }
}
