import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

/**
 * Partner apps end to end: an admin registers one, it gets tokens by client credentials, its calls
 * are checked against its scopes, and rotation and revocation take effect.
 */
describe('partner apps with OAuth2 client credentials', () => {
  const suite = isolateSuite('gateway-partners');
  let gateway: GatewayProcess;

  beforeAll(async () => {
    gateway = await startGatewayProcess({
      database: suite.dbName,
      // Nothing listens there: a 503 shows a call got past the gateway's own checks.
      env: { RAPPORT_GATEWAY_UPSTREAM_CONTACTS: 'http://127.0.0.1:9' },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
  });

  const signIn = async (login: string) => {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, login);
    const reply = await browser.request(`${gateway.url}/auth/session`);
    const { csrfToken } = (await reply.json()) as { csrfToken: string };
    const send = (method: string, path: string, body?: unknown) =>
      browser.request(`${gateway.url}${path}`, {
        method,
        headers: {
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    return { send };
  };
  const register = async (scopes: string[]) => {
    const admin = await signIn('dev');
    const reply = await admin.send('POST', '/v1/admin/partner-clients', {
      name: 'Career fair app',
      scopes,
    });
    expect(reply.status).toBe(201);
    return { admin, ...((await reply.json()) as { clientId: string; clientSecret: string }) };
  };
  const tokenFor = (clientId: string, secret: string, form: Record<string, string> = {}) =>
    fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...form }).toString(),
    });
  const accessToken = async (clientId: string, secret: string) => {
    const reply = await tokenFor(clientId, secret);
    expect(reply.status).toBe(200);
    return ((await reply.json()) as { access_token: string }).access_token;
  };
  const call = (token: string, method: string, path: string) =>
    fetch(`${gateway.url}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: '{}' }),
    });

  it('lets only admins register an app, and stores its secret only as an argon2id hash', async () => {
    const member = await signIn('ada');
    const refused = await member.send('POST', '/v1/admin/partner-clients', {
      name: 'Mine',
      scopes: ['contacts:read'],
    });
    expect(refused.status).toBe(403);
    const { clientId, clientSecret } = await register(['contacts:read']);
    const db = await suite.db();
    const stored = await db
      .collection<{ _id: string; secretHashes: { hash: string }[] }>('partner_clients')
      .findOne({ _id: clientId });
    expect(stored?.secretHashes[0]?.hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain(clientSecret);
  });

  it('issues a short-lived token with the scopes asked for, and refuses what was not granted', async () => {
    const { clientId, clientSecret } = await register(['contacts:read']);
    const granted = await tokenFor(clientId, clientSecret);
    expect(granted.status).toBe(200);
    expect(granted.headers.get('cache-control')).toBe('no-store');
    expect(await granted.json()).toMatchObject({
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'contacts:read',
    });
    expect((await tokenFor(clientId, 'wrong-secret')).status).toBe(401);
    const tooMuch = await tokenFor(clientId, clientSecret, { scope: 'contacts:write' });
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.json()).toMatchObject({ error: 'invalid_scope' });
    const password = await tokenFor(clientId, clientSecret, { grant_type: 'password' });
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('checks every call against the token’s scopes', async () => {
    const { clientId, clientSecret } = await register(['contacts:read']);
    const token = await accessToken(clientId, clientSecret);
    // Past the gateway's checks: the (stopped) contacts service is what answers.
    expect((await call(token, 'GET', '/members/ada/contacts')).status).toBe(503);
    expect((await call(token, 'POST', '/members/ada/contacts')).status).toBe(403);
    expect((await call(token, 'GET', '/members/ada/pipeline')).status).toBe(403);
    expect((await call(token, 'GET', '/members/ada/inbox')).status).toBe(403);
    expect((await call(token, 'POST', '/admin/partner-clients')).status).toBe(403);
  });

  it('rotates with a grace period for the old secret, and revokes at once', async () => {
    const { admin, clientId, clientSecret } = await register(['contacts:read']);
    const issuedBefore = await accessToken(clientId, clientSecret);
    const rotated = await admin.send('POST', `/v1/admin/partner-clients/${clientId}/rotation`);
    expect(rotated.status).toBe(200);
    const { clientSecret: newSecret } = (await rotated.json()) as { clientSecret: string };
    expect(newSecret).not.toBe(clientSecret);
    expect((await tokenFor(clientId, newSecret)).status).toBe(200);
    expect((await tokenFor(clientId, clientSecret)).status).toBe(200);

    expect((await admin.send('DELETE', `/v1/admin/partner-clients/${clientId}`)).status).toBe(204);
    expect((await tokenFor(clientId, newSecret)).status).toBe(401);
    expect((await call(issuedBefore, 'GET', '/members/ada/contacts')).status).toBe(401);
  });

  it('does not let an admin touch another institution’s app', async () => {
    const db = await suite.db();
    await db.collection('partner_clients').insertOne({
      _id: 'pc_other-school-app' as never,
      tenantId: 'other-school',
      name: 'Theirs',
      scopes: ['contacts:read'],
      secretHashes: [],
    });
    const admin = await signIn('dev');
    const rotate = await admin.send(
      'POST',
      '/v1/admin/partner-clients/pc_other-school-app/rotation',
    );
    expect(rotate.status).toBe(404);
    const revoke = await admin.send('DELETE', '/v1/admin/partner-clients/pc_other-school-app');
    expect(revoke.status).toBe(404);
  });
});
