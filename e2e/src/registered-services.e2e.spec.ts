import { signInternalToken } from '@rapport/platform/http';
import {
  type GatewayKeys,
  gatewayKeys,
  registeredServices,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';

// Each registered service started exactly as `./rapport up` starts it (its own command, PORT set),
// on a spare port, against the test servers: healthy, closed to callers without a token.
describe.each(registeredServices)('registered service $name', (service) => {
  let keys: GatewayKeys;
  let running: RunningService;

  beforeAll(async () => {
    keys = await gatewayKeys();
    running = await startRegisteredService(service.name, keys);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('answers /health and /metrics', async () => {
    const health = await fetch(`${running.url}${service.health}`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(await (await fetch(`${running.url}/metrics`)).text()).toContain('process_cpu');
  });

  if (service.api === false) {
    it('has no API: no OpenAPI document and no member routes', async () => {
      expect((await fetch(`${running.url}/docs/openapi.json`)).status).toBe(404);
      expect((await fetch(`${running.url}/members/m-1`)).status).toBe(404);
    });
    return;
  }

  if (service.publicDoor) {
    // Its sign-in, forwarding and refusals are in the gateway-*.e2e specs.
    it('is the public door: refuses an internal token where a session is needed', async () => {
      const token = await signInternalToken(
        keys.privateKeyPem,
        { tenantId: 'uni-e2e', actorId: 'm-1', role: 'member' },
        { audience: service.name },
      );
      const reply = await fetch(`${running.url}/auth/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(reply.status).toBe(401);
      expect(reply.headers.get('content-type')).toMatch(/problem\+json/);
    });
    return;
  }

  it('serves its OpenAPI document and refuses a call without a token', async () => {
    const docs = (await (await fetch(`${running.url}/docs/openapi.json`)).json()) as {
      paths: object;
    };
    expect(Object.keys(docs.paths).length).toBeGreaterThan(0);
    const anonymous = await fetch(`${running.url}${service.smoke}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('serves a caller with a gateway token', async () => {
    const token = await signInternalToken(
      keys.privateKeyPem,
      { tenantId: 'uni-e2e', actorId: 'm-1', role: 'member' },
      { audience: service.name },
    );
    const reply = await fetch(`${running.url}${service.smoke}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reply.status).toBe(200);
  });
});
