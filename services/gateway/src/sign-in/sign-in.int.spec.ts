import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

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

  it('answers an unknown institution with 404 problem+json and sends security headers', async () => {
    const reply = await fetch(`${gateway.url}/auth/no-such-school/sign-in`);
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
