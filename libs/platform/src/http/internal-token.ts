import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
  type KeyLike,
} from 'jose';
import { z } from 'zod';
import { isAcceptableCorrelationId } from './correlation-id';
import {
  CLOCK_TOLERANCE_SECONDS,
  INTERNAL_TOKEN_ALGORITHM,
  INTERNAL_TOKEN_ISSUER,
  INTERNAL_TOKEN_TYPE,
  MAX_INTERNAL_TOKEN_LIFETIME_SECONDS,
} from './internal-token.constants';
import { rejectionDetail } from './internal-token-rejection';
import { UnauthenticatedProblem } from './problems';
import { ROLES, type RequestContext, type Role } from './request-context';

export { INTERNAL_TOKEN_ISSUER, MAX_INTERNAL_TOKEN_LIFETIME_SECONDS };

export interface InternalTokenClaims {
  tenantId: string;
  actorId: string;
  role: Role;
  scopes?: string[];
  assignedMemberIds?: string[];
  correlationId?: string;
}

export async function generateInternalKeyPair(): Promise<{
  privateKeyPem: string;
  publicKeyPem: string;
}> {
  const { privateKey, publicKey } = await generateKeyPair(INTERNAL_TOKEN_ALGORITHM, {
    extractable: true,
  });
  return {
    privateKeyPem: await exportPKCS8(privateKey),
    publicKeyPem: await exportSPKI(publicKey),
  };
}

// PEM parsing is the slow part of verification and the same key is used for every request.
const importedKeys = new Map<string, Promise<KeyLike>>();

function importedKey(pem: string, kind: 'private' | 'public'): Promise<KeyLike> {
  let key = importedKeys.get(pem);
  if (!key) {
    key =
      kind === 'private'
        ? importPKCS8(pem, INTERNAL_TOKEN_ALGORITHM)
        : importSPKI(pem, INTERNAL_TOKEN_ALGORITHM);
    importedKeys.set(pem, key);
  }
  return key;
}

/** Fails when the PEM is not an ES256 public key; services call it at start-up to fail fast. */
export async function assertInternalPublicKey(publicKeyPem: string): Promise<void> {
  await importedKey(publicKeyPem, 'public');
}

export async function signInternalToken(
  privateKeyPem: string,
  claims: InternalTokenClaims,
  options: { audience: string; ttlSeconds?: number; now?: Date },
): Promise<string> {
  const { actorId, ...custom } = claims;
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ ...custom })
    .setProtectedHeader({ alg: INTERNAL_TOKEN_ALGORITHM, typ: INTERNAL_TOKEN_TYPE })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(options.audience)
    .setSubject(actorId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 60))
    .setJti(randomUUID())
    .sign(await importedKey(privateKeyPem, 'private'));
}

const payloadSchema = z.object({
  sub: z.string().min(1),
  tenantId: z.string().min(1),
  role: z.enum(ROLES),
  scopes: z.array(z.string()).optional(),
  assignedMemberIds: z.array(z.string()).optional(),
  correlationId: z.string().refine(isAcceptableCorrelationId).optional(),
  iat: z.number(),
  exp: z.number(),
});

/**
 * The verified claims as a context; `fallbackCorrelationId` stands in when the token carries
 * none (the guard passes the header's id, else a new uuid is made).
 */
export async function verifyInternalToken(
  token: string,
  publicKeyPem: string,
  audience: string,
  fallbackCorrelationId?: string,
): Promise<RequestContext> {
  const key = await importedKey(publicKeyPem, 'public');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [INTERNAL_TOKEN_ALGORITHM],
      typ: INTERNAL_TOKEN_TYPE,
      issuer: INTERNAL_TOKEN_ISSUER,
      audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: MAX_INTERNAL_TOKEN_LIFETIME_SECONDS,
      requiredClaims: ['iat', 'exp'],
    }));
  } catch (error) {
    throw new UnauthenticatedProblem(rejectionDetail(error, audience));
  }
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    const claim = String(parsed.error.issues[0]?.path[0] ?? 'payload');
    throw new UnauthenticatedProblem(
      payload[claim] === undefined
        ? `The internal token lacks the claim ${claim}`
        : `The internal token has an invalid ${claim} claim`,
    );
  }
  const claims = parsed.data;
  if (claims.exp - claims.iat > MAX_INTERNAL_TOKEN_LIFETIME_SECONDS) {
    throw new UnauthenticatedProblem(
      `The internal token lives ${claims.exp - claims.iat} s; at most ${MAX_INTERNAL_TOKEN_LIFETIME_SECONDS} s is accepted`,
    );
  }
  return {
    tenantId: claims.tenantId,
    actor: { id: claims.sub, role: claims.role },
    scopes: claims.scopes ?? [],
    assignedMemberIds: claims.assignedMemberIds ?? [],
    correlationId: claims.correlationId ?? fallbackCorrelationId ?? randomUUID(),
  };
}
