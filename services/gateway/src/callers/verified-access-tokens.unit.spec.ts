import { generateInternalKeyPair } from '@rapport/platform/http';
import { VerifiedAccessTokens } from './verified-access-tokens';

describe('access tokens verified once per instance', () => {
  const issuer = 'https://gateway.example.test';
  const at = new Date('2027-01-01T12:00:00Z');
  const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);
  let tokens: VerifiedAccessTokens;
  let token: string;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    tokens = new VerifiedAccessTokens(keys.privateKeyPem, keys.publicKeyPem, issuer);
    token = await tokens.issue(
      { tenantId: 'uni', actorId: 'ada', role: 'member', scopes: [] },
      { ttlSeconds: 60, now: at },
    );
  });

  it('answers a token seen before as its first verification did', async () => {
    const first = await tokens.verify(token, at);
    expect(first).toEqual({
      tenantId: 'uni',
      actorId: 'ada',
      role: 'member',
      scopes: [],
      via: 'bearer',
    });
    expect(await tokens.verify(token, later(30))).toEqual(first);
  });

  it('refuses a remembered token once it expired, as the signature check does', async () => {
    await tokens.verify(token, at);
    // 60 s of life and the 5 s of clock tolerance.
    expect(await tokens.verify(token, later(64))).toBeDefined();
    expect(await tokens.verify(token, later(65))).toBeUndefined();
    expect(await tokens.verify(token, later(30))).toBeDefined();
  });

  it('does not remember a token that failed', async () => {
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    expect(await tokens.verify(forged, at)).toBeUndefined();
    expect(await tokens.verify(forged, at)).toBeUndefined();
  });

  it('knows without waiting only a token verified before and still live', async () => {
    const fresh = await tokens.issue(
      { tenantId: 'uni', actorId: 'bob', role: 'coach', scopes: [] },
      { ttlSeconds: 60, now: at },
    );
    expect(tokens.known(fresh, at.getTime())).toBeUndefined();
    const verified = await tokens.verify(fresh, at);
    expect(verified?.actorId).toBe('bob');
    expect(tokens.known(fresh, later(64).getTime())).toBe(verified);
    expect(tokens.known(fresh, later(65).getTime())).toBeUndefined();
    const [header, payload] = fresh.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    await tokens.verify(forged, at);
    expect(tokens.known(forged, at.getTime())).toBeUndefined();
  });
});
