import { SignJWT, importPKCS8 } from 'jose';
import {
  generateInternalKeyPair,
  INTERNAL_TOKEN_ISSUER,
  type InternalTokenClaims,
  signInternalToken,
  verifyInternalToken,
} from './internal-token';
import { UnauthenticatedProblem } from './problems';

const claims: InternalTokenClaims = {
  tenantId: 'uni-a',
  actorId: 'coach-7',
  role: 'coach',
  scopes: ['contacts:read'],
  assignedMemberIds: ['member-1', 'member-2'],
  correlationId: 'corr-42',
};

describe('internal token', () => {
  let keys: { privateKeyPem: string; publicKeyPem: string };
  let otherKeys: { privateKeyPem: string; publicKeyPem: string };

  beforeAll(async () => {
    keys = await generateInternalKeyPair();
    otherKeys = await generateInternalKeyPair();
  });

  async function rejection(token: string, audience = 'contacts'): Promise<string> {
    const error: unknown = await verifyInternalToken(token, keys.publicKeyPem, audience).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnauthenticatedProblem);
    expect((error as UnauthenticatedProblem).status).toBe(401);
    return (error as UnauthenticatedProblem).detail;
  }

  it('turns a good token into the request context', async () => {
    const token = await signInternalToken(keys.privateKeyPem, claims, { audience: 'contacts' });
    await expect(verifyInternalToken(token, keys.publicKeyPem, 'contacts')).resolves.toEqual({
      tenantId: 'uni-a',
      actor: { id: 'coach-7', role: 'coach' },
      scopes: ['contacts:read'],
      assignedMemberIds: ['member-1', 'member-2'],
      correlationId: 'corr-42',
    });
  });

  it('defaults the lists and takes the fallback correlation id when the token has none', async () => {
    const token = await signInternalToken(
      keys.privateKeyPem,
      { tenantId: 'uni-b', actorId: 'member-3', role: 'member' },
      { audience: 'contacts' },
    );
    await expect(
      verifyInternalToken(token, keys.publicKeyPem, 'contacts', 'from-header'),
    ).resolves.toEqual({
      tenantId: 'uni-b',
      actor: { id: 'member-3', role: 'member' },
      scopes: [],
      assignedMemberIds: [],
      correlationId: 'from-header',
    });
  });

  it('rejects an expired token, saying when it expired', async () => {
    const token = await signInternalToken(keys.privateKeyPem, claims, {
      audience: 'contacts',
      now: new Date('2024-03-01T10:00:00Z'),
    });
    expect(await rejection(token)).toBe('The internal token expired at 2024-03-01T10:01:00.000Z');
  });

  it('accepts a token that expired within the 5 s clock tolerance', async () => {
    const token = await signInternalToken(keys.privateKeyPem, claims, {
      audience: 'contacts',
      ttlSeconds: 60,
      now: new Date(Date.now() - 62_000),
    });
    await expect(verifyInternalToken(token, keys.publicKeyPem, 'contacts')).resolves.toMatchObject({
      tenantId: 'uni-a',
    });
  });

  it('rejects a token minted for another service', async () => {
    const token = await signInternalToken(keys.privateKeyPem, claims, { audience: 'outreach' });
    expect(await rejection(token)).toBe(
      'The internal token is for audience "outreach", not "contacts"',
    );
  });

  it('rejects a token signed with another key', async () => {
    const token = await signInternalToken(otherKeys.privateKeyPem, claims, {
      audience: 'contacts',
    });
    expect(await rejection(token)).toBe(
      "The internal token's signature does not verify with this service's key",
    );
  });

  it('rejects a token that lives longer than 300 s', async () => {
    const token = await signInternalToken(keys.privateKeyPem, claims, {
      audience: 'contacts',
      ttlSeconds: 301,
    });
    expect(await rejection(token)).toBe(
      'The internal token lives 301 s; at most 300 s is accepted',
    );
  });

  it('rejects a token without a tenant', async () => {
    const withoutTenant: Partial<InternalTokenClaims> = { ...claims };
    delete withoutTenant.tenantId;
    const token = await signInternalToken(
      keys.privateKeyPem,
      withoutTenant as InternalTokenClaims,
      { audience: 'contacts' },
    );
    expect(await rejection(token)).toBe('The internal token lacks the claim tenantId');
  });

  it('rejects a role it does not know', async () => {
    const token = await signInternalToken(
      keys.privateKeyPem,
      { ...claims, role: 'superuser' as InternalTokenClaims['role'] },
      { audience: 'contacts' },
    );
    expect(await rejection(token)).toBe('The internal token has an invalid role claim');
  });

  it('rejects a JWT of another type signed with the same key', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ tenantId: 'uni-a', role: 'admin' })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setIssuer(INTERNAL_TOKEN_ISSUER)
      .setAudience('contacts')
      .setSubject('admin-1')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(await importPKCS8(keys.privateKeyPem, 'ES256'));
    expect(await rejection(token)).toBe(
      'The token is not an internal token (typ must be rapport-internal+jwt)',
    );
  });

  it('rejects garbage as malformed', async () => {
    expect(await rejection('not.a.jwt')).toBe('The internal token is malformed (ERR_JWS_INVALID)');
  });
});
