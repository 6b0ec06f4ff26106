import { randomUUID } from 'node:crypto';
import { isolateSuite } from '@rapport/testing';
import { DEFAULT_INSTITUTION_POLICY } from '../institutions/domain/institution-policy';
import { institutionCallers, type Send } from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

/**
 * The institutions admin routes on one gateway process: an operator registers an institution, its
 * admin manages people, roles, coaches and policy; bad input and other people are refused.
 */
describe('institutions, their people and policy, administered through the gateway', () => {
  const suite = isolateSuite('gateway-institutions');
  const tenant = `uni-${randomUUID().slice(0, 8)}`;
  const otherTenant = `uni-${randomUUID().slice(0, 8)}`;
  let gateway: GatewayProcess;
  let as: ReturnType<typeof institutionCallers>;
  let admin: Send;

  const eventCount = async () => (await suite.db()).collection('events').countDocuments();
  const enrol = (personId: string, role: string, send: Send = admin) =>
    send('POST', '/v1/admin/people', {
      json: { personId, email: `${personId}@uni.test`, displayName: `Person ${personId}`, role },
    });

  beforeAll(async () => {
    gateway = await startGatewayProcess({ database: suite.dbName });
    as = institutionCallers(gateway);
    admin = as(tenant, 'admin-1', 'admin');
    for (const institutionId of [tenant, otherTenant]) {
      const registered = await as('demo-university', 'olga', 'operator')(
        'POST',
        '/v1/admin/institutions',
        {
          json: { institutionId, name: `University ${institutionId}`, plan: 'standard' },
        },
      );
      expect(registered.status).toBe(201);
    }
  });
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
  });

  it('enrols people, repeats an enrolment as the first answer, and lists them by page', async () => {
    const first = await enrol('mia', 'member');
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe('/v1/admin/people/mia');
    expect(first.body).toMatchObject({ personId: 'mia', role: 'member', version: 1 });
    const again = await enrol('mia', 'member');
    expect({ status: again.status, body: again.body }).toEqual({ status: 201, body: first.body });
    const clash = await admin('POST', '/v1/admin/people', {
      json: { personId: 'mia', email: 'other@uni.test', displayName: 'Person mia', role: 'coach' },
    });
    expect(clash.status).toBe(409);
    expect((clash.body as { differences: string[] }).differences.sort()).toEqual(['email', 'role']);

    for (const [id, role] of [
      ['noah', 'member'],
      ['cleo', 'coach'],
    ] as const) {
      expect((await enrol(id, role)).status).toBe(201);
    }
    const page = await admin('GET', '/v1/admin/people');
    expect(page.status).toBe(200);
    expect((page.body as { people: { personId: string }[] }).people.map((p) => p.personId)).toEqual(
      ['mia', 'noah', 'cleo'],
    );
  });

  it('assigns a coach, changes roles, and lets go of a removed member', async () => {
    const assigned = await admin('PUT', '/v1/admin/people/cleo/assigned-members/mia');
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assignedMemberIds: ['mia'] });
    // Assigning again is no change; only members are coached.
    expect((await admin('PUT', '/v1/admin/people/cleo/assigned-members/mia')).body).toEqual(
      assigned.body,
    );
    expect((await admin('PUT', '/v1/admin/people/cleo/assigned-members/cleo')).status).toBe(422);
    expect((await admin('PUT', '/v1/admin/people/mia/assigned-members/noah')).status).toBe(422);

    const read = await admin('GET', '/v1/admin/people/noah');
    const stale = await admin('PUT', '/v1/admin/people/noah/role', {
      json: { role: 'coach' },
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const promoted = await admin('PUT', '/v1/admin/people/noah/role', {
      json: { role: 'coach' },
      headers: { 'if-match': read.headers.get('etag') ?? '' },
    });
    expect(promoted.body).toMatchObject({ role: 'coach', version: 2 });

    expect((await admin('DELETE', '/v1/admin/people/mia')).status).toBe(204);
    expect((await admin('DELETE', '/v1/admin/people/mia')).status).toBe(204);
    expect((await admin('GET', '/v1/admin/people/mia')).status).toBe(404);
    expect((await admin('GET', '/v1/admin/people/cleo')).body).toMatchObject({
      assignedMemberIds: [],
    });
    const page = await admin('GET', '/v1/admin/people');
    expect((page.body as { people: { personId: string }[] }).people.map((p) => p.personId)).toEqual(
      ['noah', 'cleo'],
    );
  });

  it('replaces the policy under If-Match, and shows it to everyone of the institution', async () => {
    const read = await admin('GET', '/v1/admin/policy');
    expect(read.body).toEqual({ version: 1, policy: DEFAULT_INSTITUTION_POLICY });
    const policy = {
      ...DEFAULT_INSTITUTION_POLICY,
      followUpIntervalDays: 7,
      timeZone: 'Europe/Berlin',
    };
    expect((await admin('PUT', '/v1/admin/policy', { json: { policy } })).status).toBe(428);
    const replaced = await admin('PUT', '/v1/admin/policy', {
      json: { policy, urgent: true },
      headers: { 'if-match': read.headers.get('etag') ?? '' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    const again = await admin('PUT', '/v1/admin/policy', {
      json: { policy },
      headers: { 'if-match': '"1"' },
    });
    expect(again.status).toBe(412);

    const shown = await as(tenant, 'noah', 'coach')('GET', '/v1/policy');
    expect(shown.body).toEqual({ version: 2, policy, urgent: true });
    const operator = await as(
      'demo-university',
      'olga',
      'operator',
    )('GET', `/v1/admin/policy?tenant=${tenant}`);
    expect(operator.body).toMatchObject({ version: 2 });

    const branding = {
      displayName: 'Uni',
      primaryColor: '#112233',
      logoUrl: 'https://uni.test/logo.png',
    };
    expect((await admin('PUT', '/v1/admin/branding', { json: branding })).body).toEqual(branding);
    expect((await admin('GET', `/v1/admin/institutions/${tenant}`)).body).toMatchObject({
      policyVersion: 2,
      branding,
    });
  });

  it('answers bad input with pointers to every field, and records nothing', async () => {
    const before = await eventCount();
    const current = await admin('GET', '/v1/admin/policy');
    const bad = await admin('PUT', '/v1/admin/policy', {
      headers: { 'if-match': current.headers.get('etag') ?? '' },
      json: {
        policy: {
          ...DEFAULT_INSTITUTION_POLICY,
          followUpIntervalDays: 91,
          maxFollowUps: 11,
          timeZone: 'Mars/Olympus',
          quietHours: { start: '25:00', end: '08:00' },
          keepInTouchWeeks: 0,
          guidance: { warnWords: 200, maxWords: 150, suggestedMinutes: 40, maxMinutes: 30 },
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const pointers = (bad.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer);
    expect(pointers.sort()).toEqual(
      [
        '/policy/followUpIntervalDays',
        '/policy/maxFollowUps',
        '/policy/timeZone',
        '/policy/quietHours/start',
        '/policy/keepInTouchWeeks',
        '/policy/guidance/warnWords',
        '/policy/guidance/suggestedMinutes',
      ].sort(),
    );
    const person = await admin('POST', '/v1/admin/people', {
      json: { personId: 'a|b', email: 'nope', displayName: '', role: 'king' },
    });
    expect(
      (person.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort(),
    ).toEqual(['/displayName', '/email', '/personId', '/role']);
    expect(await eventCount()).toBe(before);
  });

  it('refuses members, coaches and operators changes, and hides one institution from another', async () => {
    const before = await eventCount();
    for (const role of ['member', 'coach', 'operator'] as const) {
      const someone = as(tenant, `someone-${role}`, role);
      expect((await enrol('eve', 'admin', someone)).status).toBe(403);
      expect((await someone('PUT', '/v1/admin/people/cleo/assigned-members/noah')).status).toBe(
        403,
      );
      expect((await someone('PUT', '/v1/admin/policy', { json: {} })).status).toBe(403);
    }
    expect((await as(tenant, 'noah', 'coach')('GET', '/v1/admin/people')).status).toBe(403);
    const stranger = as(otherTenant, 'admin-2', 'admin');
    expect((await stranger('GET', '/v1/admin/people/noah')).status).toBe(404);
    expect(
      (await stranger('PUT', '/v1/admin/people/noah/role', { json: { role: 'admin' } })).status,
    ).toBe(404);
    expect((await stranger('DELETE', '/v1/admin/people/cleo/assigned-members/noah')).status).toBe(
      404,
    );
    expect((await stranger('GET', `/v1/admin/policy?tenant=${tenant}`)).status).toBe(404);
    expect((await stranger('GET', `/v1/admin/institutions/${tenant}`)).status).toBe(404);
    expect(
      ((await stranger('GET', '/v1/admin/people')).body as { people: unknown[] }).people,
    ).toEqual([]);
    expect((await fetch(`${gateway.url}/v1/admin/people`)).status).toBe(401);
    expect(await eventCount()).toBe(before);
  });

  it('audits every admin action with its outcome', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const trail = await admin('GET', `/v1/audit?day=${day}&limit=100`);
    const records = (
      trail.body as { records: { action: string; target: string; outcome: number }[] }
    ).records;
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'person.enrolled', target: 'mia', outcome: 201 }),
        expect.objectContaining({ action: 'person.enrolled', target: 'mia', outcome: 409 }),
        expect.objectContaining({ action: 'coach.assigned', target: 'cleo/mia', outcome: 200 }),
        expect.objectContaining({ action: 'person.role-changed', target: 'noah', outcome: 412 }),
        expect.objectContaining({ action: 'person.removed', target: 'mia', outcome: 204 }),
        expect.objectContaining({ action: 'policy.replaced', target: 'policy', outcome: 400 }),
        expect.objectContaining({ action: 'person.enrolled', target: 'eve', outcome: 403 }),
      ]),
    );
  });
});
