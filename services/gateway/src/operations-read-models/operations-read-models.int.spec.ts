import { generateInternalKeyPair } from '@rapport/platform/http';
import { freePort, isolateSuite, pollUntil } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { institutionCallers, type Send } from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { type ServiceProcess, startRegisteredService } from '../testing/service-process';

interface Rebuild {
  service: string;
  rebuildId: string;
  state: string;
  eventsRead: number;
  eventsTotal: number;
  started?: boolean;
}

/**
 * Read-model rebuilds through the gateway: the real contacts service (its registered command) and
 * the others down, so the list says which answered and a rebuild runs where the model lives.
 */
describe('read-model rebuilds for operators', () => {
  const suite = isolateSuite('gateway-ops-read-models');
  const contactsDb = `${suite.dbName}_contacts`;
  let contacts: ServiceProcess;
  let gateway: GatewayProcess;
  let operator: Send;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    // Both at once: the gateway reads the services' lists per request, not at its start, so it
    // can be pointed at the port contacts will listen on while contacts starts.
    const contactsPort = await freePort();
    const [contactsStart, gatewayStart] = await Promise.allSettled([
      startRegisteredService(
        'contacts',
        { RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem, RAPPORT_CONTACTS_DB: contactsDb },
        { port: contactsPort },
      ),
      startGatewayProcess({
        database: suite.dbName,
        keys,
        env: {
          RAPPORT_GATEWAY_UPSTREAM_CONTACTS: `http://127.0.0.1:${contactsPort}`,
          // Nothing listens there: a service that is down is listed as unavailable.
          ...Object.fromEntries(
            ['outreach', 'interviews', 'notifications', 'exploration'].map((name) => [
              `RAPPORT_GATEWAY_UPSTREAM_${name.toUpperCase()}`,
              'http://127.0.0.1:9',
            ]),
          ),
        },
      }),
    ]);
    // Kept before either failure is thrown, so afterAll stops whichever did start.
    if (contactsStart.status === 'fulfilled') contacts = contactsStart.value;
    if (gatewayStart.status === 'fulfilled') gateway = gatewayStart.value;
    for (const outcome of [contactsStart, gatewayStart]) {
      if (outcome.status === 'rejected') throw outcome.reason;
    }
    operator = institutionCallers(gateway)(DEMO_TENANT_ID, 'olga', 'operator');
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await contacts?.stop();
    const db = await suite.db();
    await db.client.db(contactsDb).dropDatabase();
    await suite.cleanup();
  });

  it('lists each service’s read models, saying which service did not answer', async () => {
    const reply = await operator('GET', '/v1/ops/read-models');
    expect(reply.status).toBe(200);
    const { services } = reply.body as {
      services: { service: string; status: string; readModels: { name: string }[] }[];
    };
    const byService = new Map(services.map((entry) => [entry.service, entry]));
    expect(byService.get('contacts')?.status).toBe('ok');
    expect(byService.get('contacts')?.readModels).toEqual(
      expect.arrayContaining([{ name: 'contact_list' }, { name: 'referral_graph' }]),
    );
    expect(byService.get('outreach')).toEqual({
      service: 'outreach',
      status: 'unavailable',
      readModels: [],
    });
  });

  it('starts a rebuild on the owning service and follows it to its end', async () => {
    const started = await operator('POST', '/v1/ops/read-models/contacts/contact_list/rebuilds');
    expect(started.status).toBe(202);
    const rebuild = started.body as Rebuild;
    expect(rebuild).toMatchObject({ service: 'contacts', started: true });
    const location = started.headers.get('location');
    expect(location).toBe(
      `/v1/ops/read-models/contacts/contact_list/rebuilds/${rebuild.rebuildId}`,
    );
    const done = await pollUntil('the rebuild to end', async () => {
      const reply = await operator('GET', location ?? '');
      const body = reply.body as Rebuild;
      return reply.status === 200 && body.state !== 'running' ? body : undefined;
    });
    expect(done).toMatchObject({ state: 'succeeded', rebuildId: rebuild.rebuildId });
  });

  it('passes the service’s refusals on, and is for operators only', async () => {
    const unknown = await operator('POST', '/v1/ops/read-models/contacts/no_such_model/rebuilds');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await operator('POST', '/v1/ops/read-models/nowhere/x/rebuilds')).status).toBe(400);
    const down = await operator('POST', '/v1/ops/read-models/outreach/outreach_cards/rebuilds');
    expect(down.status).toBe(503);

    const callers = institutionCallers(gateway);
    const people = [
      ['ada', 'member'],
      ['cora', 'coach'],
      ['dev', 'admin'],
    ] as const;
    for (const [person, role] of people) {
      const send = callers(DEMO_TENANT_ID, person, role);
      expect((await send('GET', '/v1/ops/read-models')).status).toBe(403);
      const start = await send('POST', '/v1/ops/read-models/contacts/contact_list/rebuilds');
      expect(start.status).toBe(403);
    }
  });
});
