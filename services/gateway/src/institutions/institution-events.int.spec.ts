import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeEnvelope, decodePayload, type PolicyChanged, topicFor } from '@rapport/contracts';
import { verifyInternalToken } from '@rapport/platform/http';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { DEMO_TENANT_ID } from './demo-institution';
import { DEFAULT_INSTITUTION_POLICY } from './domain/institution-policy';
import { institutionCallers } from './testing/institution-callers';

/**
 * What leaves the institutions context: its events on Kafka through the outbox relay, the demo
 * institution seeded through its commands (again at every start, changing nothing), and a coach's
 * assignments in the internal token of their next forwarded call.
 */
describe('institution events, seeding and assignments in the internal token', () => {
  const suite = isolateSuite('gateway-institution-events');
  const tenant = `uni-${randomUUID().slice(0, 8)}`;
  let gateway: GatewayProcess;
  let as: ReturnType<typeof institutionCallers>;
  // The outreach service's place, taken by a receiver that keeps each internal token it is sent:
  // the token is what this spec is about, and only what arrives there shows it.
  let upstream: Server;
  const tokens: string[] = [];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      tokens.push(String(request.headers.authorization).replace(/^Bearer /, ''));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    gateway = await startGatewayProcess({
      database: suite.dbName,
      env: { RAPPORT_GATEWAY_UPSTREAM_OUTREACH: `http://127.0.0.1:${port}` },
    });
    as = institutionCallers(gateway);
    const registered = await as(DEMO_TENANT_ID, 'olga', 'operator')(
      'POST',
      '/v1/admin/institutions',
      { json: { institutionId: tenant, name: 'Events University', plan: 'standard' } },
    );
    expect(registered.status).toBe(201);
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
    await suite.cleanup();
  });

  it('seeds the demo institution through its commands, and a second start changes nothing', async () => {
    const db = await suite.db();
    const cora = await db
      .collection<{ _id: string }>('people_directory')
      .findOne({ _id: `${DEMO_TENANT_ID}|cora` });
    expect(cora).toMatchObject({ role: 'coach', status: 'enrolled', assignedMemberIds: ['ada'] });
    const policy = await db
      .collection<{ _id: string }>('institution_policies')
      .findOne({ _id: DEMO_TENANT_ID });
    expect(policy).toMatchObject({ version: 1, policy: DEFAULT_INSTITUTION_POLICY });
    const demo = as(DEMO_TENANT_ID, 'dev', 'admin');
    expect((await demo('GET', '/v1/admin/people')).body).toMatchObject({
      people: ['ada', 'ben', 'cora', 'dev', 'olga'].map((personId) => ({ personId })),
    });

    const before = await db.collection('events').countDocuments();
    // Start-up is what is tested here, so a second process over the same database it is.
    // A second instance as deployed: same keys and public URL (it re-points the demo's sign-in).
    const again = await startGatewayProcess({
      database: suite.dbName,
      keys: { privateKeyPem: gateway.privateKeyPem, publicKeyPem: gateway.publicKeyPem },
      env: { RAPPORT_GATEWAY_PUBLIC_URL: gateway.url },
    });
    await again.stop();
    expect(await db.collection('events').countDocuments()).toBe(before);
  });

  it('publishes each policy change with the next version on rapport.institutions.v1', async () => {
    const admin = as(tenant, 'ines', 'admin');
    let etag = (await admin('GET', '/v1/admin/policy')).headers.get('etag') ?? '';
    for (const [days, urgent] of [
      [10, false],
      [5, true],
    ] as const) {
      const policy = { ...DEFAULT_INSTITUTION_POLICY, followUpIntervalDays: days };
      const reply = await admin('PUT', '/v1/admin/policy', {
        json: { policy, urgent },
        headers: { 'if-match': etag },
      });
      expect(reply.status).toBe(200);
      etag = reply.headers.get('etag') ?? '';
    }

    const seen: PolicyChanged[] = [];
    const consumer = suite.kafka().consumer({ groupId: `institution-events-${randomUUID()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: topicFor('institutions'), fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          const envelope = decodeEnvelope(message.value ?? new Uint8Array());
          if (envelope.tenantId === tenant && envelope.type.endsWith('.PolicyChanged')) {
            seen.push(decodePayload('rapport.institutions.v1.PolicyChanged', envelope.payload));
          }
          return Promise.resolve();
        },
      });
      await pollUntil(
        'three policy versions on Kafka',
        () => (seen.length >= 3 ? true : undefined),
        {
          timeoutMs: 30_000,
        },
      );
    } finally {
      await consumer.disconnect();
    }
    expect(
      seen.map((event) => [event.version, event.urgent, event.policy?.followUpIntervalDays]),
    ).toEqual([
      [1, false, 14],
      [2, false, 10],
      [3, true, 5],
    ]);
    expect(seen[2]).toMatchObject({ institutionId: tenant, policy: { timeZone: 'UTC' } });
  });

  it('puts a coach’s new assignment in the internal token of their next call, and takes it out again', async () => {
    const admin = as(tenant, 'ines', 'admin');
    for (const [personId, role] of [
      ['tom', 'coach'],
      ['mo', 'member'],
    ]) {
      const enrolled = await admin('POST', '/v1/admin/people', {
        json: { personId, email: `${personId}@uni.test`, displayName: personId, role },
      });
      expect(enrolled.status).toBe(201);
    }
    const coach = as(tenant, 'tom', 'coach');
    const read = () => coach('GET', '/v1/members/mo/pipeline');
    expect((await read()).status).toBe(403);

    expect((await admin('PUT', '/v1/admin/people/tom/assigned-members/mo')).status).toBe(200);
    expect((await read()).status).toBe(200);
    const claims = await verifyInternalToken(tokens.at(-1) ?? '', gateway.publicKeyPem, 'outreach');
    expect(claims).toMatchObject({
      tenantId: tenant,
      actor: { id: 'tom', role: 'coach' },
      assignedMemberIds: ['mo'],
    });

    expect((await admin('DELETE', '/v1/admin/people/tom/assigned-members/mo')).status).toBe(200);
    expect((await read()).status).toBe(403);
  });

  it('signs a person in with the role the institution gives them, and a removed one not at all', async () => {
    const demoAdmin = as(DEMO_TENANT_ID, 'dev', 'admin');
    const signIn = async (login: string) => {
      const browser = new Browser();
      await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, login, {
        returnTo: '/welcome',
      });
      return browser.request(`${gateway.url}/auth/session`);
    };
    // The provider still calls ben a student; the institution made him a coach.
    const promoted = await demoAdmin('PUT', '/v1/admin/people/ben/role', {
      json: { role: 'coach' },
    });
    expect(promoted.status).toBe(200);
    expect(await (await signIn('ben')).json()).toMatchObject({ personId: 'ben', role: 'coach' });

    expect((await demoAdmin('DELETE', '/v1/admin/people/ben')).status).toBe(204);
    expect((await signIn('ben')).status).toBe(401);
    expect(await (await signIn('ada')).json()).toMatchObject({ personId: 'ada', role: 'member' });
  });
});
