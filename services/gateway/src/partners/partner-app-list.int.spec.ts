import { randomUUID } from 'node:crypto';
import { isolateSuite } from '@rapport/testing';
import { institutionCallers, type Send } from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { PARTNER_APPS_PAGE_SIZE, type PartnerAppView } from './partner-app-list.requests';

type Page = { apps: PartnerAppView[]; next?: string };

/**
 * The list of an institution's partner apps: paged by `_id`-keyed positions, with each app's
 * scopes and state and never a secret; another institution's admin finds none of them.
 */
describe('an institution’s partner apps, listed', () => {
  const suite = isolateSuite('gateway-partner-app-list');
  const tenant = `uni-${randomUUID().slice(0, 8)}`;
  const otherTenant = `uni-${randomUUID().slice(0, 8)}`;
  let gateway: GatewayProcess;
  let admin: Send;
  let stranger: Send;
  let operator: Send;
  const registered: { clientId: string; clientSecret: string }[] = [];

  const pageOf = async (send: Send, query = '') => {
    const reply = await send('GET', `/v1/admin/partner-apps${query}`);
    expect(reply.status).toBe(200);
    return reply.body as Page;
  };

  beforeAll(async () => {
    gateway = await startGatewayProcess({ database: suite.dbName });
    const as = institutionCallers(gateway);
    operator = as('demo-university', 'olga', 'operator');
    admin = as(tenant, 'admin-1', 'admin');
    stranger = as(otherTenant, 'admin-2', 'admin');
    for (const institutionId of [tenant, otherTenant]) {
      const reply = await operator('POST', '/v1/admin/institutions', {
        json: { institutionId, name: `University ${institutionId}`, plan: 'standard' },
      });
      expect(reply.status).toBe(201);
    }
    // One more than a page, so the list needs its cursor.
    for (let i = 0; i <= PARTNER_APPS_PAGE_SIZE; i++) {
      const reply = await admin('POST', '/v1/admin/partner-clients', {
        json: {
          name: `App ${i}`,
          scopes:
            i === PARTNER_APPS_PAGE_SIZE
              ? ['contacts:read', 'events:subscribe']
              : ['contacts:read'],
        },
      });
      expect(reply.status).toBe(201);
      registered.push(reply.body as { clientId: string; clientSecret: string });
    }
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
  });

  const newest = () => registered[PARTNER_APPS_PAGE_SIZE]!;

  it('pages through them newest first, with scopes and state and no secret', async () => {
    const first = await pageOf(admin);
    expect(first.apps).toHaveLength(PARTNER_APPS_PAGE_SIZE);
    expect(first.next).toBeDefined();
    expect(first.apps[0]).toEqual({
      clientId: newest().clientId,
      name: `App ${PARTNER_APPS_PAGE_SIZE}`,
      scopes: ['contacts:read', 'events:subscribe'],
      status: 'active',
      createdAt: first.apps[0]?.createdAt,
    });
    expect(Date.parse(first.apps[0]?.createdAt ?? '')).toBeGreaterThan(Date.now() - 600_000);
    const second = await pageOf(admin, `?cursor=${first.next}`);
    expect(second).toEqual({
      apps: [expect.objectContaining({ name: 'App 0' })],
    });
    const listed = JSON.stringify([first, second]);
    for (const { clientSecret } of registered) expect(listed).not.toContain(clientSecret);
    expect(listed).not.toMatch(/argon2|secretHash/);
  });

  it('shows a rotation and a revocation on the app', async () => {
    const [revoked, rotated] = registered.slice(-2);
    expect(
      (await admin('POST', `/v1/admin/partner-clients/${rotated!.clientId}/rotation`)).status,
    ).toBe(200);
    expect((await admin('DELETE', `/v1/admin/partner-clients/${revoked!.clientId}`)).status).toBe(
      204,
    );
    const { apps } = await pageOf(admin);
    expect(apps[0]?.status).toBe('active');
    expect(Date.parse(apps[0]?.rotatedAt ?? '')).toBeGreaterThan(Date.now() - 600_000);
    expect(apps[1]?.status).toBe('revoked');
    expect(Date.parse(apps[1]?.revokedAt ?? '')).toBeGreaterThan(Date.now() - 600_000);
  });

  it('shows another institution’s admin nothing of them, and operators any institution’s', async () => {
    expect(await pageOf(stranger)).toEqual({ apps: [] });
    const aimed = await stranger('GET', `/v1/admin/partner-apps?tenant=${tenant}`);
    expect(aimed.status).toBe(404);
    expect(JSON.stringify(aimed.body)).not.toContain(newest().clientId);
    const asOperator = await pageOf(operator, `?tenant=${tenant}`);
    expect(asOperator.apps.map((app) => app.clientId)).toContain(newest().clientId);
  });

  it('refuses members and coaches, and answers a bad cursor by field', async () => {
    const as = institutionCallers(gateway);
    for (const role of ['member', 'coach'] as const) {
      expect((await as(tenant, `${role}-1`, role)('GET', '/v1/admin/partner-apps')).status).toBe(
        403,
      );
    }
    const bad = await admin('GET', '/v1/admin/partner-apps?cursor=soon');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('cursor');
  });
});
