import { type RequestContext } from './request-context';
import { startTestService, type TestService } from './service-app.test-fixture';

describe('internal auth guard (createServiceApp)', () => {
  let service: TestService;
  const call: TestService['call'] = (options) => service.call(options);
  const bearer: TestService['bearer'] = (...args) => service.bearer(...args);

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.close();
  });

  it('rejects a request without a token with a 401 problem', async () => {
    const response = await call({ method: 'GET', url: '/things/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json()).toEqual({
      type: 'https://rapport.dev/problems/unauthenticated',
      title: 'Authentication is required',
      status: 401,
      detail:
        'The request has no Authorization header; an internal bearer token from the gateway is required',
      instance: '/things/me',
      correlationId: response.headers['x-correlation-id'],
    });
  });

  it('rejects a token minted for another service', async () => {
    const response = await call({
      method: 'GET',
      url: '/things/me',
      headers: await bearer({}, 'outreach'),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ detail: string }>().detail).toBe(
      'The internal token is for audience "outreach", not "things"',
    );
  });

  it('rejects an expired token', async () => {
    const response = await call({
      method: 'GET',
      url: '/things/me',
      headers: await bearer({}, 'things', new Date(Date.now() - 10 * 60_000)),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ detail: string }>().detail).toMatch(
      /^The internal token expired at \d{4}-\d\d-\d\dT/,
    );
  });

  it('hands the request context to the handler and echoes the caller correlation id', async () => {
    const response = await call({
      method: 'GET',
      url: '/things/me',
      headers: { ...(await bearer()), 'x-correlation-id': 'corr-int-1' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-correlation-id']).toBe('corr-int-1');
    expect(response.json()).toEqual({
      tenantId: 'uni-a',
      actor: { id: 'coach-7', role: 'coach' },
      scopes: ['contacts:read'],
      assignedMemberIds: ['member-1'],
      correlationId: 'corr-int-1',
    });
  });

  it("prefers the token's correlation id over the header", async () => {
    const response = await call({
      method: 'GET',
      url: '/things/me',
      headers: {
        ...(await bearer({ correlationId: 'corr-from-gateway' })),
        'x-correlation-id': 'corr-from-header',
      },
    });
    expect(response.headers['x-correlation-id']).toBe('corr-from-gateway');
    expect(response.json<RequestContext>().correlationId).toBe('corr-from-gateway');
  });

  it('lets anyone reach a @Public() route', async () => {
    const response = await call({ method: 'GET', url: '/things/public' });
    expect([response.statusCode, response.json()]).toEqual([200, { open: true }]);
  });
});
