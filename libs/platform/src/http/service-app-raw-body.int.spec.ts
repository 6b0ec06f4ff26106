import { startTestService, type TestService } from './service-app.test-fixture';

describe('raw bodies beside parsed ones (createServiceApp rawBody)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.close();
  });

  it('keeps the exact bytes of a JSON body while still parsing it', async () => {
    const payload = '[ {"event": "delivered",\n "n": 1} ]';
    const response = await service.call({
      method: 'POST',
      url: '/things/signed',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ raw: payload, parsed: [{ event: 'delivered', n: 1 }] });
  });

  it('still answers malformed JSON with a 400 problem', async () => {
    const response = await service.call({
      method: 'POST',
      url: '/things/signed',
      headers: { 'content-type': 'application/json' },
      payload: '[{"event":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
