import { randomUUID } from 'node:crypto';
import { isolateSuite } from '@rapport/testing';
import {
  institutionCallers,
  type Reply,
  type Send,
} from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

type Problem = { status: number; errors?: { pointer: string }[] };

const pointers = (reply: Reply) => ((reply.body as Problem).errors ?? []).map((e) => e.pointer);

/**
 * Per-tenant settings (identity provider, CORS origins, rate plan), the coaches' caseloads and
 * the refusal of webhook receivers on private networks, on one gateway process started with
 * local receivers switched off (as in production).
 */
describe('an institution’s settings, caseloads and webhook receivers, through the gateway', () => {
  const suite = isolateSuite('gateway-tenant-settings');
  const tenant = `uni-${randomUUID().slice(0, 8)}`;
  const otherTenant = `uni-${randomUUID().slice(0, 8)}`;
  const plan = `tiny-${randomUUID().slice(0, 8)}`;
  let gateway: GatewayProcess;
  let as: ReturnType<typeof institutionCallers>;
  let admin: Send;
  let stranger: Send;
  let operator: Send;

  const provider = () => ({
    issuer: `${gateway.url}/oidc`,
    clientId: 'uni-rapport',
    clientSecret: 'the-client-secret-of-uni',
    scopes: ['openid', 'profile'],
    roleClaim: 'groups',
    roleValues: { students: 'member', advisers: 'coach' },
  });
  const preflight = (origin: string) =>
    fetch(`${gateway.url}/v1/policy`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });

  /** A registered partner app of the institution, with every scope, calling as itself. */
  const partnerApp = async (): Promise<Send> => {
    const registered = await admin('POST', '/v1/admin/partner-clients', {
      json: {
        name: 'Uni analytics',
        scopes: ['contacts:read', 'relationships:read', 'events:subscribe'],
      },
    });
    const { clientId, clientSecret } = registered.body as {
      clientId: string;
      clientSecret: string;
    };
    const granted = await fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    const { access_token: token } = (await granted.json()) as { access_token: string };
    return async (method, path, options = {}) => {
      const reply = await fetch(`${gateway.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(options.json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
      });
      const text = await reply.text();
      return {
        status: reply.status,
        headers: reply.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
    };
  };

  beforeAll(async () => {
    gateway = await startGatewayProcess({
      database: suite.dbName,
      env: { RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS: 'off' },
    });
    as = institutionCallers(gateway);
    operator = as('demo-university', 'olga', 'operator');
    admin = as(tenant, 'admin-1', 'admin');
    stranger = as(otherTenant, 'admin-2', 'admin');
    for (const institutionId of [tenant, otherTenant]) {
      const registered = await operator('POST', '/v1/admin/institutions', {
        json: { institutionId, name: `University ${institutionId}`, plan: 'standard' },
      });
      expect(registered.status).toBe(201);
    }
  });
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
  });

  it('keeps the identity provider’s secret write-only and sealed, under If-Match', async () => {
    expect((await admin('GET', '/v1/admin/identity-provider')).status).toBe(404);
    const first = await admin('PUT', '/v1/admin/identity-provider', { json: provider() });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    const { issuer, clientId, scopes, roleClaim, roleValues } = provider();
    expect(first.body).toEqual({
      institutionId: tenant,
      ...{ issuer, clientId, scopes, roleClaim, roleValues },
      clientSecretSet: true,
      version: 1,
    });
    const db = await suite.db();
    const stored = await db
      .collection<{ _id: string; sealedClientSecret?: string }>('identity_providers')
      .findOne({ _id: tenant });
    expect(JSON.stringify(stored)).not.toContain(provider().clientSecret);
    expect(stored?.sealedClientSecret).toMatch(/^v1\./);

    // The same again is no change, so it needs no If-Match; another one does.
    const again = await admin('PUT', '/v1/admin/identity-provider', { json: provider() });
    expect({ status: again.status, body: again.body }).toEqual({ status: 200, body: first.body });
    const changed = { ...provider(), clientId: 'uni-rapport-2', clientSecret: undefined };
    expect((await admin('PUT', '/v1/admin/identity-provider', { json: changed })).status).toBe(428);
    const stale = await admin('PUT', '/v1/admin/identity-provider', {
      json: changed,
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const second = await admin('PUT', '/v1/admin/identity-provider', {
      json: changed,
      headers: { 'if-match': '"1"' },
    });
    expect(second.body).toMatchObject({ clientId: 'uni-rapport-2', version: 2 });

    // Sign-in goes to the institution's provider, as its client, with the secret kept.
    const signIn = await fetch(`${gateway.url}/auth/${tenant}/sign-in?returnTo=/`, {
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    const location = new URL(signIn.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${gateway.url}/oidc/auth`);
    expect(location.searchParams.get('client_id')).toBe('uni-rapport-2');
    expect(location.searchParams.get('scope')).toBe('openid profile');
  });

  it('answers bad settings with pointers to every field, and records nothing', async () => {
    const noSecret = await stranger('PUT', '/v1/admin/identity-provider', {
      json: { ...provider(), clientSecret: undefined },
    });
    expect(noSecret.status).toBe(400);
    expect(pointers(noSecret)).toEqual(['/clientSecret']);
    const bad = await stranger('PUT', '/v1/admin/identity-provider', {
      json: {
        issuer: 'http://login.uni.example/?tenant=1',
        clientId: '',
        scopes: ['profile'],
        roleClaim: 'groups',
        roleValues: { students: 'king' },
      },
    });
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect([...new Set(pointers(bad))].sort()).toEqual(
      ['/clientId', '/issuer', '/roleValues/students', '/scopes'].sort(),
    );
    const origins = await stranger('PUT', '/v1/admin/cors-origins', {
      json: {
        origins: ['https://*.uni.example', 'https://app.uni.example/', 'ftp://uni.example', 'nope'],
      },
    });
    expect(origins.status).toBe(400);
    expect([...new Set(pointers(origins))].sort()).toEqual([
      '/origins/0',
      '/origins/1',
      '/origins/2',
      '/origins/3',
    ]);
    expect((await stranger('GET', '/v1/admin/identity-provider')).status).toBe(404);
    expect((await stranger('GET', '/v1/admin/cors-origins')).body).toMatchObject({ version: 0 });
  });

  it('lets pages on an institution’s origins call, one institution per origin', async () => {
    const origin = `https://${tenant}.example`;
    const listed = await admin('PUT', '/v1/admin/cors-origins', {
      json: { origins: [origin, 'https://console.uni.example:8443'] },
    });
    expect(listed.body).toEqual({
      institutionId: tenant,
      origins: ['https://console.uni.example:8443', origin],
      version: 1,
    });
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin);
    const taken = await stranger('PUT', '/v1/admin/cors-origins', { json: { origins: [origin] } });
    expect(taken.status).toBe(409);
    const emptied = await admin('PUT', '/v1/admin/cors-origins', {
      json: { origins: [] },
      headers: { 'if-match': listed.headers.get('etag') ?? '' },
    });
    expect(emptied.body).toMatchObject({ origins: [], version: 2 });
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('puts an institution on an operator’s rate plan, which the rate limiter applies', async () => {
    const quotas = { personPerMinute: 2, partnerPerMinute: 5 };
    expect((await admin('PUT', `/v1/admin/rate-plans/${plan}`, { json: quotas })).status).toBe(403);
    const defined = await operator('PUT', `/v1/admin/rate-plans/${plan}`, { json: quotas });
    expect(defined.body).toEqual({ plan, ...quotas, version: 1 });
    expect(
      (
        await operator('PUT', `/v1/admin/rate-plans/${plan}`, {
          json: { ...quotas, personPerMinute: 3 },
        })
      ).status,
    ).toBe(428);
    expect(
      (
        await operator('PUT', `/v1/admin/rate-plan?tenant=${tenant}`, {
          json: { plan: 'undefined-plan' },
        })
      ).status,
    ).toBe(422);
    const chosen = await operator('PUT', `/v1/admin/rate-plan?tenant=${tenant}`, {
      json: { plan },
    });
    expect(chosen.body).toEqual({ institutionId: tenant, plan, quotas, version: 1 });
    expect((await admin('PUT', '/v1/admin/rate-plan', { json: { plan } })).status).toBe(403);
    expect((await admin('GET', '/v1/admin/rate-plan')).body).toMatchObject({ plan, quotas });

    // Nothing of this tenant was limited before, so the plan is read afresh, not from a cache.
    const member = as(tenant, 'mila', 'member');
    const answers = [];
    for (let call = 0; call < 3; call++)
      answers.push(await member('GET', '/v1/members/mila/pipeline'));
    expect(answers[0]?.headers.get('ratelimit-policy')).toBe('"person";q=2;w=60');
    expect(answers.map((answer) => answer.status === 429)).toEqual([false, false, true]);
    expect(answers[2]?.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('refuses webhook receivers on private, loopback, link-local and metadata addresses', async () => {
    const registered = await admin('POST', '/v1/admin/partner-clients', {
      json: { name: 'Uni CRM', scopes: ['events:subscribe'] },
    });
    const { clientId } = registered.body as { clientId: string };
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'https://10.0.0.5/hooks',
      'http://[::1]:8080/hooks',
      'http://127.0.0.1:8080/hooks',
      'https://[::ffff:10.0.0.5]/hooks',
      'https://[fd00:ec2::254]/hooks',
    ]) {
      const refused = await admin('POST', `/v1/admin/partner-apps/${clientId}/webhooks`, {
        json: { subscriptionId: 'crm', url, eventTypes: ['outreach.sent'] },
      });
      expect([url, refused.status, refused.headers.get('content-type')]).toEqual([
        url,
        400,
        expect.stringMatching(/^application\/problem\+json/),
      ]);
      expect(pointers(refused)).toEqual(['/url']);
    }
    const listed = await admin('GET', `/v1/admin/partner-apps/${clientId}/webhooks`);
    expect(listed.body).toEqual({ webhooks: [] });
  });

  it('shows a coach their caseload page by page, and admins any coach’s', async () => {
    for (const [personId, role] of [
      ['cleo', 'coach'],
      ['m.one', 'member'],
      ['m-two', 'member'],
      ['m-three', 'member'],
    ] as const) {
      const enrolled = await admin('POST', '/v1/admin/people', {
        json: { personId, email: `${personId}@uni.test`, displayName: `Person ${personId}`, role },
      });
      expect(enrolled.status).toBe(201);
    }
    for (const member of ['m.one', 'm-two', 'm-three']) {
      expect((await admin('PUT', `/v1/admin/people/cleo/assigned-members/${member}`)).status).toBe(
        200,
      );
    }
    const coach = as(tenant, 'cleo', 'coach');
    const first = await coach('GET', '/v1/coach/members?limit=2');
    const page = first.body as {
      members: { memberId: string; displayName: string; assignedSince: string }[];
      next: string;
    };
    expect(page.members.map((m) => m.memberId)).toEqual(['m.one', 'm-two']);
    expect(page.members[0]).toMatchObject({ memberId: 'm.one', displayName: 'Person m.one' });
    expect(page.members[0]?.assignedSince).toMatch(/^\d{4}-\d\d-\d\dT/);
    const second = await coach('GET', `/v1/coach/members?limit=2&after=${page.next}`);
    expect(second.body).toEqual({
      members: [expect.objectContaining({ memberId: 'm-three', displayName: 'Person m-three' })],
    });
    expect((await coach('GET', '/v1/coach/members?after=not-a-cursor')).status).toBe(400);

    expect(
      ((await admin('GET', '/v1/admin/coaches/cleo/members')).body as typeof page).members,
    ).toHaveLength(3);
    expect((await admin('DELETE', '/v1/admin/people/cleo/assigned-members/m-two')).status).toBe(
      200,
    );
    expect(
      ((await coach('GET', '/v1/coach/members')).body as typeof page).members.map(
        (m) => m.memberId,
      ),
    ).toEqual(['m.one', 'm-three']);
    expect((await admin('GET', '/v1/admin/coaches/m.one/members')).status).toBe(404);
    expect((await stranger('GET', '/v1/admin/coaches/cleo/members')).status).toBe(404);
    expect((await as(otherTenant, 'cleo', 'coach')('GET', '/v1/coach/members')).body).toEqual({
      members: [],
    });
    expect((await as(tenant, 'm.one', 'member')('GET', '/v1/coach/members')).status).toBe(403);
  });

  it('refuses members, coaches, partners and other institutions’ admins, and changes nothing', async () => {
    const before = await admin('GET', '/v1/admin/identity-provider');
    const callers: [string, Send][] = [
      ['member', as(tenant, 'someone-member', 'member')],
      ['coach', as(tenant, 'someone-coach', 'coach')],
      ['partner', await partnerApp()],
    ];
    for (const [role, someone] of callers) {
      for (const path of [
        '/v1/admin/identity-provider',
        '/v1/admin/cors-origins',
        '/v1/admin/rate-plan',
      ]) {
        expect([role, path, (await someone('GET', path)).status]).toEqual([role, path, 403]);
      }
      expect(
        (await someone('PUT', '/v1/admin/identity-provider', { json: provider() })).status,
      ).toBe(403);
      expect(
        (await someone('PUT', '/v1/admin/cors-origins', { json: { origins: [] } })).status,
      ).toBe(403);
      expect((await someone('GET', '/v1/admin/coaches/cleo/members')).status).toBe(403);
    }
    expect((await (callers[2]?.[1] ?? admin)('GET', '/v1/coach/members')).status).toBe(403);
    for (const path of [
      '/v1/admin/identity-provider',
      '/v1/admin/cors-origins',
      '/v1/admin/rate-plan',
    ]) {
      expect((await stranger('GET', `${path}?tenant=${tenant}`)).status).toBe(404);
    }
    const foreign = await stranger('PUT', `/v1/admin/identity-provider?tenant=${tenant}`, {
      json: { ...provider(), clientId: 'hijacked' },
      headers: { 'if-match': '"2"' },
    });
    expect(foreign.status).toBe(404);
    expect((await admin('GET', '/v1/admin/identity-provider')).body).toEqual(before.body);
    // Operators run the platform: they read and set any institution's.
    expect((await operator('GET', `/v1/admin/identity-provider?tenant=${tenant}`)).body).toEqual(
      before.body,
    );
  });

  it('audits every settings change with its outcome', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const trail = await admin('GET', `/v1/audit?day=${day}&limit=100`);
    const records = (trail.body as { records: { action: string; outcome: number }[] }).records;
    expect(records).toEqual(
      expect.arrayContaining(
        [
          ['identity-provider.configured', 200],
          ['identity-provider.configured', 428],
          ['identity-provider.configured', 412],
          ['identity-provider.configured', 403],
          ['cors-origins.replaced', 200],
          ['cors-origins.replaced', 403],
        ].map(([action, outcome]): unknown => expect.objectContaining({ action, outcome })),
      ),
    );
  });
});
