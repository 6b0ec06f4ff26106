import { signInternalToken } from '@rapport/platform/http';
import {
  type GatewayKeys,
  gatewayKeys,
  registeredServices,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';

// Two at a time: a start is mostly one core compiling and loading, so a second start fills the
// other core; more at once on two cores only stretches each start towards its deadline.
const AT_ONCE = 2;

let keys: GatewayKeys;
// Each service's start, begun for all of them in the file's first beforeAll: a service that does
// not start fails its own tests (its describe awaits its own start), not the others'.
const starts = new Map<string, Promise<RunningService>>();

beforeAll(async () => {
  keys = await gatewayKeys();
  let next = 0;
  const settled = new Map<string, (outcome: Promise<RunningService>) => void>();
  for (const service of registeredServices) {
    const start = new Promise<RunningService>((resolve) => settled.set(service.name, resolve));
    // Handled here so a failure waiting for its describe is not reported as unhandled as well.
    start.catch(() => undefined);
    starts.set(service.name, start);
  }
  const lane = async () => {
    for (let service = registeredServices[next++]; service; service = registeredServices[next++]) {
      const start = startRegisteredService(service.name, keys);
      settled.get(service.name)?.(start);
      await start.catch(() => undefined);
    }
  };
  void Promise.all(Array.from({ length: AT_ONCE }, lane));
});

afterAll(async () => {
  await Promise.all(
    [...starts.values()].map(async (start) => (await start.catch(() => undefined))?.stop()),
  );
});

// Each registered service started exactly as `./rapport up` starts it (its own command, PORT set),
// on a spare port, against the test servers: healthy, closed to callers without a token.
describe.each(registeredServices)('registered service $name', (service) => {
  let running: RunningService;

  beforeAll(async () => {
    running = await (starts.get(service.name) ?? Promise.reject(new Error('never started')));
    // Long enough for the starts queued before this one; each start has its own 60 s deadline.
  }, 300_000);

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
