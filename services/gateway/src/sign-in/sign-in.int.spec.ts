import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { UNKNOWN_TENANT } from './credential-audit';

/**
 * Sign-in end to end over HTTP: the gateway as a process with its local OpenID provider, a
 * browser that follows every redirect and fills the provider's login and consent forms, and the
 * authorization code + PKCE flow on the relying party's side. Nothing is mocked.
 */
describe('browser sign-in through the local OpenID provider', () => {
  const suite = isolateSuite('gateway-sign-in');
  let gateway: GatewayProcess;

  beforeAll(async () => {
    gateway = await startGatewayProcess({ database: suite.dbName });
  });
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
  });

  const session = (browser: Browser) => browser.request(`${gateway.url}/auth/session`);

  it.each([
    ['ada', 'member'],
    ['cora', 'coach'],
    ['dev', 'admin'],
    ['olga', 'operator'],
  ])('signs %s in as %s and lands on the page asked for', async (login, role) => {
    const browser = new Browser();
    const { landedOn, callbackUrl } = await signInThroughLocalIdp(
      browser,
      gateway.url,
      DEMO_TENANT_ID,
      login,
      { returnTo: '/welcome?tab=1' },
    );
    expect(callbackUrl).toMatch(/\/auth\/demo-university\/callback\?code=[^&]+&state=/);
    expect(landedOn).toBe(`${gateway.url}/welcome?tab=1`);
    const reply = await session(browser);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({
      tenantId: DEMO_TENANT_ID,
      personId: login,
      role,
    });
    const { csrfToken } = (await (await session(browser)).json()) as { csrfToken: string };
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, without Secure on plain http', async () => {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, 'ada');
    const cookie = browser.setCookies.find((line) => line.startsWith('rapport_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('accepts a callback once, and only in the browser that started the sign-in', async () => {
    const browser = new Browser();
    const { callbackUrl } = await signInThroughLocalIdp(
      browser,
      gateway.url,
      DEMO_TENANT_ID,
      'ben',
    );
    if (!callbackUrl) throw new Error('no callback reached');
    const replay = await browser.request(callbackUrl);
    expect(replay.status).toBe(401);
    expect(replay.headers.get('content-type')).toContain('application/problem+json');

    // A callback handed to another browser (login CSRF) is refused there, and still works in
    // the browser that started it.
    const attacker = new Browser();
    const started = await signInThroughLocalIdp(attacker, gateway.url, DEMO_TENANT_ID, 'ben', {
      stopAtCallback: true,
    });
    if (!started.callbackUrl) throw new Error('no callback reached');
    const victim = new Browser();
    expect((await victim.request(started.callbackUrl)).status).toBe(401);
    expect((await session(victim)).status).toBe(401);
    expect((await attacker.request(started.callbackUrl)).status).toBe(303);
    expect((await session(attacker)).status).toBe(200);
  });

  it('signs out only with the session’s CSRF token', async () => {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, 'ada');
    const { csrfToken } = (await (await session(browser)).json()) as { csrfToken: string };
    const withoutToken = await browser.request(`${gateway.url}/auth/sign-out`, { method: 'POST' });
    expect(withoutToken.status).toBe(403);
    const wrongToken = await browser.request(`${gateway.url}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    expect(wrongToken.status).toBe(403);
    expect((await session(browser)).status).toBe(200);
    const signedOut = await browser.request(`${gateway.url}/auth/sign-out`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(signedOut.status).toBe(204);
    expect((await session(browser)).status).toBe(401);
  });

  it('never redirects back to another site', async () => {
    const browser = new Browser();
    const { landedOn } = await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, 'ada', {
      returnTo: '//evil.example/phish',
    });
    expect(landedOn).toBe(`${gateway.url}/`);
  });

  interface AuditRecord {
    actor: { id: string; role: string };
    action: string;
    target: string;
    outcome: number;
    requestId: string;
  }
  /** Today's audit records of an institution, as an operator reads them. */
  const auditOf = async (tenant: string): Promise<AuditRecord[]> => {
    const operator = new Browser();
    await signInThroughLocalIdp(operator, gateway.url, DEMO_TENANT_ID, 'olga');
    const day = new Date().toISOString().slice(0, 10);
    const reply = await operator.request(
      `${gateway.url}/v1/audit?day=${day}&tenant=${tenant}&limit=100`,
    );
    expect(reply.status).toBe(200);
    return ((await reply.json()) as { records: AuditRecord[] }).records;
  };
  const sendAs = async (browser: Browser, method: string, path: string, body?: unknown) => {
    const { csrfToken } = (await (await session(browser)).json()) as { csrfToken: string };
    return browser.request(`${gateway.url}${path}`, {
      method,
      headers: {
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };

  it('audits signing in, signing out and refused callbacks', async () => {
    const browser = new Browser();
    const { callbackUrl } = await signInThroughLocalIdp(
      browser,
      gateway.url,
      DEMO_TENANT_ID,
      'ben',
    );
    if (!callbackUrl) throw new Error('no callback reached');
    // Used once already: refused even with the state cookie the browser had.
    const state = new URL(callbackUrl).searchParams.get('state') ?? '';
    const replayed = await fetch(callbackUrl, {
      headers: { cookie: `rapport_sign_in=${state}` },
      redirect: 'manual',
    });
    expect(replayed.status).toBe(401);
    expect((await new Browser().request(callbackUrl)).status).toBe(401);
    // A code the provider never issued, in the browser that started the sign-in.
    const tampering = new Browser();
    const started = await signInThroughLocalIdp(tampering, gateway.url, DEMO_TENANT_ID, 'ben', {
      stopAtCallback: true,
    });
    const forged = new URL(started.callbackUrl ?? '');
    forged.searchParams.set('code', 'not-a-code-the-provider-issued');
    expect((await tampering.request(forged.href)).status).toBe(401);
    expect((await sendAs(browser, 'POST', '/auth/sign-out')).status).toBe(204);

    const bens = (await auditOf(DEMO_TENANT_ID)).filter(
      (record) => record.actor.id === 'ben' || record.actor.id === 'anonymous',
    );
    const summary = bens.map(({ action, target, outcome }) => `${action} ${target} ${outcome}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'session.signed-in person:ben 303',
        'session.signed-out person:ben 204',
        'session.sign-in-refused expired-or-used 401',
        'session.sign-in-refused not-started-in-this-browser 401',
        'session.sign-in-refused provider-answer-refused 401',
      ]),
    );
    expect(bens.every((record) => record.requestId.length > 0)).toBe(true);
  });

  it('audits refused partner credentials under the client id they named', async () => {
    const token = (clientId: string, secret: string) =>
      fetch(`${gateway.url}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
    expect((await token('pc_nobody-at-all', 'guess')).status).toBe(401);
    const admin = new Browser();
    await signInThroughLocalIdp(admin, gateway.url, DEMO_TENANT_ID, 'dev');
    const registered = await sendAs(admin, 'POST', '/v1/admin/partner-clients', {
      name: 'Audited app',
      scopes: ['contacts:read'],
    });
    const { clientId, clientSecret } = (await registered.json()) as {
      clientId: string;
      clientSecret: string;
    };
    expect((await token(clientId, 'not-the-secret')).status).toBe(401);
    expect((await sendAs(admin, 'DELETE', `/v1/admin/partner-clients/${clientId}`)).status).toBe(
      204,
    );
    expect((await token(clientId, clientSecret)).status).toBe(401);

    const refusals = (await auditOf(DEMO_TENANT_ID)).filter(
      (record) => record.action === 'partner-token.refused',
    );
    expect(
      refusals.map(({ actor, target }) => `${actor.role}:${actor.id} ${target}`).sort(),
    ).toEqual([`partner:${clientId} revoked-client`, `partner:${clientId} wrong-secret`].sort());
    const unknown = (await auditOf(UNKNOWN_TENANT)).filter(
      (record) => record.action === 'partner-token.refused',
    );
    expect(unknown.map(({ actor, target, outcome }) => [actor.id, target, outcome])).toEqual([
      ['pc_nobody-at-all', 'unknown-client', 401],
    ]);
  });

  it('sweeps expired sessions and attempts on demand, for operators only', async () => {
    const member = new Browser();
    await signInThroughLocalIdp(member, gateway.url, DEMO_TENANT_ID, 'ada');
    expect((await sendAs(member, 'POST', '/v1/admin/sweeps/sign-in')).status).toBe(403);
    const operator = new Browser();
    await signInThroughLocalIdp(operator, gateway.url, DEMO_TENANT_ID, 'olga');
    const reply = await sendAs(operator, 'POST', '/v1/admin/sweeps/sign-in');
    expect(reply.status).toBe(200);
    // Everything this suite wrote expires today or later: the past days are found empty.
    expect(await reply.json()).toMatchObject({
      ran: true,
      removed: { browser_sessions: 0, sign_in_attempts: 0 },
    });
    expect((await auditOf(DEMO_TENANT_ID)).map((record) => record.action)).toContain(
      'sweep.sign-in',
    );
  });

  it('answers an unknown institution with 404 problem+json and sends security headers', async () => {
    const reply = await fetch(`${gateway.url}/auth/no-such-school/sign-in`);
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
