import { generateInternalKeyPair } from '@rapport/platform/http';
import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { type ServiceProcess, startRegisteredService } from '../testing/service-process';

/**
 * /v1 forwarding against a real service: the outreach service started as registered, trusting only
 * the gateway's key, and the gateway in front of it. People sign in through the local provider; what
 * the service sees (actor, role, a coach's assignments, correlation id) comes from the token the
 * gateway mints, so the service's own owner checks answer.
 */
describe('the /v1 API forwarded to a service', () => {
  const suite = isolateSuite('gateway-forwarding');
  let outreach: ServiceProcess;
  let gateway: GatewayProcess;

  interface SignedIn {
    readonly browser: Browser;
    readonly csrfToken: string;
  }
  const signIn = async (login: string): Promise<SignedIn> => {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, login);
    const reply = await browser.request(`${gateway.url}/auth/session`);
    const { csrfToken } = (await reply.json()) as { csrfToken: string };
    return { browser, csrfToken };
  };
  const v1 = (path: string) => `${gateway.url}/v1${path}`;
  const json = (body: unknown, extra: Record<string, string> = {}) => ({
    headers: { 'content-type': 'application/json', ...extra },
    body: JSON.stringify(body),
  });
  const profile = {
    givenName: 'Ada',
    familyName: 'Okafor',
    email: 'ada@demo-university.test',
  };

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    outreach = await startRegisteredService('outreach', {
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
      RAPPORT_OUTREACH_DB: `${suite.dbName}_outreach`,
      RAPPORT_OUTREACH_BRIDGE_GROUP: suite.id,
    });
    gateway = await startGatewayProcess({
      database: suite.dbName,
      keys,
      env: {
        RAPPORT_GATEWAY_UPSTREAM_OUTREACH: outreach.url,
        // Nothing listens there: the gateway must answer for a service that is down.
        RAPPORT_GATEWAY_UPSTREAM_CONTACTS: 'http://127.0.0.1:9',
      },
    });
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await outreach?.stop();
    const db = await suite.db();
    await db.client.db(`${suite.dbName}_outreach`).dropDatabase();
    await suite.cleanup();
  });

  it('lets a member write and read their own data with the session and its CSRF token', async () => {
    const ada = await signIn('ada');
    const unproven = await ada.browser.request(v1('/members/ada/profile'), {
      method: 'PUT',
      ...json(profile),
    });
    expect(unproven.status).toBe(403);
    const saved = await ada.browser.request(v1('/members/ada/profile'), {
      method: 'PUT',
      ...json(profile, { 'x-csrf-token': ada.csrfToken }),
    });
    expect(saved.status).toBe(200);
    const read = await ada.browser.request(v1('/members/ada/profile'), {
      headers: { 'x-correlation-id': 'corr-forwarding-1' },
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject(profile);
    expect(read.headers.get('x-correlation-id')).toBe('corr-forwarding-1');
    // The forwarding route sits beside Nest's router: the app's hooks must still reach it.
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(read.headers.get('ratelimit')).toMatch(/^"person";r=\d+;t=\d+$/);
  });

  it('passes the service’s refusals on as problem+json: another member’s data is not yours', async () => {
    const ben = await signIn('ben');
    const reply = await ben.browser.request(v1('/members/ada/profile'));
    expect(reply.status).toBe(403);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await reply.json())).not.toContain('Okafor');
  });

  it('tells the service which members a coach is assigned: read-only, assigned only', async () => {
    const ada = await signIn('ada');
    await ada.browser.request(v1('/members/ada/profile'), {
      method: 'PUT',
      ...json(profile, { 'x-csrf-token': ada.csrfToken }),
    });
    const cora = await signIn('cora');
    const assigned = await cora.browser.request(v1('/members/ada/profile'));
    expect(assigned.status).toBe(200);
    const write = await cora.browser.request(v1('/members/ada/profile'), {
      method: 'PUT',
      ...json({ ...profile, givenName: 'Mallory' }, { 'x-csrf-token': cora.csrfToken }),
    });
    expect(write.status).toBe(403);
    expect((await cora.browser.request(v1('/members/ben/pipeline'))).status).toBe(403);
  });

  it('serves API clients with a bearer token issued to a signed-in person', async () => {
    const ada = await signIn('ada');
    const issued = await ada.browser.request(`${gateway.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'x-csrf-token': ada.csrfToken },
    });
    expect(issued.status).toBe(201);
    const { access_token: token } = (await issued.json()) as { access_token: string };
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(v1('/members/ada/pipeline'), { headers: bearer })).status).toBe(200);
    const tampered = `${token.slice(0, -4)}AAAA`;
    const refused = await fetch(v1('/members/ada/pipeline'), {
      headers: { authorization: `Bearer ${tampered}` },
    });
    expect(refused.status).toBe(401);
    expect((await fetch(v1('/members/ada/pipeline'))).status).toBe(401);
  });

  it('answers a bearer read (the read lane) as Fastify answers a session’s, and hands its refusals to the problem+json writer', async () => {
    const ada = await signIn('ada');
    const issued = await ada.browser.request(`${gateway.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'x-csrf-token': ada.csrfToken },
    });
    const { access_token: token } = (await issued.json()) as { access_token: string };
    const bearer = { authorization: `Bearer ${token}`, 'x-correlation-id': 'corr-lane-1' };
    const viaSession = await ada.browser.request(v1('/members/ada/pipeline'));
    const viaLane = await fetch(v1('/members/ada/pipeline'), { headers: bearer });
    expect(viaLane.status).toBe(200);
    expect(await viaLane.json()).toEqual(await viaSession.json());
    expect(viaLane.headers.get('x-correlation-id')).toBe('corr-lane-1');
    // Every header Fastify's path sends, with the same value where it does not vary per call.
    const varying = new Set(['date', 'x-correlation-id', 'ratelimit', 'set-cookie', 'etag']);
    for (const [name, value] of viaSession.headers) {
      expect([name, viaLane.headers.has(name)]).toEqual([name, true]);
      if (!varying.has(name)) expect([name, viaLane.headers.get(name)]).toEqual([name, value]);
    }
    expect(viaLane.headers.get('ratelimit')).toMatch(/^"person";r=\d+;t=\d+$/);

    const problemOf = async (reply: Response) => {
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      const body = (await reply.json()) as { status: number; correlationId: string };
      expect(body.correlationId).toBe(reply.headers.get('x-correlation-id'));
      return body;
    };
    const unknown = await fetch(v1('/members/ada/secrets'), { headers: bearer });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-correlation-id')).toBe('corr-lane-1');
    expect((await problemOf(unknown)).status).toBe(404);
    const othersData = await fetch(v1('/members/ben/pipeline'), { headers: bearer });
    expect(othersData.status).toBe(403);
    expect(othersData.headers.get('ratelimit')).toMatch(/^"person";r=\d+;t=\d+$/);
    await problemOf(othersData);
    const down = await fetch(v1('/members/ada/contacts'), { headers: bearer });
    expect(down.status).toBe(503);
    await problemOf(down);
    const tampered = await fetch(v1('/members/ada/pipeline'), {
      headers: { authorization: `Bearer ${token.slice(0, -4)}AAAA` },
    });
    expect(tampered.status).toBe(401);
    expect(tampered.headers.get('www-authenticate')).toBe('Bearer');
    await problemOf(tampered);

    // The lane's answers land in the request metric under the catch-all's template.
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(
      /rapport_http_request_duration_seconds_count\{method="GET",route="\/v1\/\*",status_code="200"\} \d+/,
    );
  });

  it('answers a POST with an Idempotency-Key once, replays it, and refuses the key on another request', async () => {
    const ada = await signIn('ada');
    const post = (body: unknown, key: string) =>
      ada.browser.request(v1('/guidance'), {
        method: 'POST',
        ...json(body, { 'x-csrf-token': ada.csrfToken, 'idempotency-key': key }),
      });
    const key = `k-${suite.id}`;
    const request = {
      channel: 'email',
      subject: 'Twenty minutes of advice?',
      body: 'Hello, I study biology.',
    };
    const first = await post(request, key);
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    const again = await post(request, key);
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const reused = await post({ ...request, subject: 'Something else' }, key);
    expect(reused.status).toBe(422);
  });

  it('lets pages on an institution’s own origins call the API for its people only (CORS)', async () => {
    const db = await suite.db();
    const origins = db.collection<{ _id: string; tenantId: string }>('cors_origins');
    await origins.insertMany([
      { _id: 'https://app.demo-university.test', tenantId: DEMO_TENANT_ID },
      { _id: 'https://portal.other-school.test', tenantId: 'other-school' },
    ]);
    const preflight = (origin: string) =>
      fetch(v1('/members/ada/profile'), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'content-type,x-csrf-token',
        },
      });
    const allowed = await preflight('https://app.demo-university.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      'https://app.demo-university.test',
    );
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();

    const ada = await signIn('ada');
    const fromOwnPage = await ada.browser.request(v1('/members/ada/pipeline'), {
      headers: { origin: 'https://app.demo-university.test' },
    });
    expect(fromOwnPage.status).toBe(200);
    const fromAnotherTenant = await ada.browser.request(v1('/members/ada/pipeline'), {
      headers: { origin: 'https://portal.other-school.test' },
    });
    expect(fromAnotherTenant.status).toBe(403);
  });

  it('refuses malformed and oversized JSON before it reaches a service', async () => {
    const ada = await signIn('ada');
    const send = (body: string) =>
      ada.browser.request(v1('/members/ada/profile'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': ada.csrfToken },
        body,
      });
    expect((await send('{"givenName": "Ada",')).status).toBe(400);
    expect((await send('{"__proto__": {"admin": true}}')).status).toBe(400);
    expect((await send(JSON.stringify({ givenName: 'x'.repeat(70 * 1024) }))).status).toBe(413);
  });

  it('publishes the /v1 document assembled from the services’ own', async () => {
    const reply = await fetch(v1('/openapi.json'));
    expect(reply.status).toBe(200);
    const document = (await reply.json()) as {
      paths: Record<string, Record<string, unknown>>;
      'x-rapport-unavailable-services': string[];
    };
    expect(Object.keys(document.paths['/v1/members/{memberId}/profile'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'put']),
    );
    expect(document.paths['/v1/guidance']).toBeDefined();
    // Besides /v1, the document holds only the gateway's own sign-in and token routes.
    expect(
      Object.keys(document.paths).filter((path) => !/^\/(v1|auth|oauth)\//.test(path)),
    ).toEqual([]);
    expect(document['x-rapport-unavailable-services']).toContain('contacts');
  });

  it('answers unknown routes with 404 and a service that is down with 503, as problem+json', async () => {
    const ada = await signIn('ada');
    const unknown = await ada.browser.request(v1('/members/ada/secrets'));
    expect(unknown.status).toBe(404);
    const down = await ada.browser.request(v1('/members/ada/contacts'));
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
  });
});
