import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

interface AuditPage {
  records: { actor: { id: string }; action: string; outcome: number; seq: number }[];
  next?: number;
}

/** State changes and admin actions leave audit records that admins and operators can read. */
describe('the audit trail', () => {
  const suite = isolateSuite('gateway-audit');
  let gateway: GatewayProcess;
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    gateway = await startGatewayProcess({
      database: suite.dbName,
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
    const { csrfToken } = (await (await browser.request(`${gateway.url}/auth/session`)).json()) as {
      csrfToken: string;
    };
    return {
      get: (path: string) => browser.request(`${gateway.url}${path}`),
      post: (path: string, body: unknown) =>
        browser.request(`${gateway.url}${path}`, {
          method: 'POST',
          headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
    };
  };

  it('records every change with its outcome, numbered without gaps under concurrency', async () => {
    const ada = await signIn('ada');
    const changes = await Promise.all(
      Array.from({ length: 12 }, () => ada.post('/v1/members/ada/contacts', { givenName: 'Lin' })),
    );
    expect(changes.every((reply) => reply.status === 503)).toBe(true);
    await ada.get('/v1/members/ada/contacts');
    const admin = await signIn('dev');
    const reply = await admin.get(`/v1/audit?day=${today()}&limit=100`);
    expect(reply.status).toBe(200);
    const { records } = (await reply.json()) as AuditPage;
    // Ada's sign-in is audited too (session.signed-in); the changes are what this test counts.
    const adas = records.filter(
      (record) => record.actor.id === 'ada' && !record.action.startsWith('session.'),
    );
    expect(adas).toHaveLength(12);
    expect(adas.every((record) => record.action === 'POST /v1/members/ada/contacts')).toBe(true);
    expect(adas.every((record) => record.outcome === 503)).toBe(true);
    const seqs = records.map((record) => record.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('records admin actions and pages newest first with a cursor', async () => {
    const admin = await signIn('dev');
    await admin.post('/v1/admin/partner-clients', { name: 'Fair app', scopes: ['contacts:read'] });
    const first = (await (await admin.get(`/v1/audit?day=${today()}&limit=1`)).json()) as AuditPage;
    expect(first.records[0]).toMatchObject({
      action: 'partner-client.registered',
      actor: { id: 'dev' },
    });
    expect(first.next).toBeDefined();
    const second = (await (
      await admin.get(`/v1/audit?day=${today()}&limit=1&before=${first.next}`)
    ).json()) as AuditPage;
    expect(second.records[0]?.seq).toBeLessThan(first.records[0]?.seq ?? 0);
  });

  it('is for admins (their own institution) and operators (any)', async () => {
    const member = await signIn('ada');
    expect((await member.get(`/v1/audit?day=${today()}`)).status).toBe(403);
    const admin = await signIn('dev');
    expect((await admin.get(`/v1/audit?day=${today()}&tenant=other-school`)).status).toBe(403);
    const operator = await signIn('olga');
    const reply = await operator.get(`/v1/audit?day=${today()}&tenant=${DEMO_TENANT_ID}`);
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as AuditPage).records.length).toBeGreaterThan(0);
  });
});
