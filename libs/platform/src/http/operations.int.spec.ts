import { Kafka, logLevel } from 'kafkajs';
import { startTestService, type TestService } from './service-app.test-fixture';

describe('health, metrics and docs (createServiceApp)', () => {
  let service: TestService;
  const call: TestService['call'] = (options) => service.call(options);

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.close();
  });

  it('reports healthy Mongo and Kafka on /health without a token', async () => {
    const response = await call({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      info: { mongo: { status: 'up' }, kafka: { status: 'up' } },
      error: {},
      details: { mongo: { status: 'up' }, kafka: { status: 'up' } },
    });
  });

  it('answers 503 with the details when a dependency is down', async () => {
    const deadKafka = new Kafka({
      clientId: 'platform-http-int-dead',
      brokers: ['127.0.0.1:1'],
      connectionTimeout: 300,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });
    const unhealthy = await startTestService(deadKafka);
    try {
      const response = await unhealthy.call({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'error',
        info: { mongo: { status: 'up' } },
        error: {
          kafka: { status: 'down', message: expect.stringMatching(/ECONNREFUSED/) as string },
        },
        details: {
          mongo: { status: 'up' },
          kafka: { status: 'down', message: expect.stringMatching(/ECONNREFUSED/) as string },
        },
      });
    } finally {
      await unhealthy.close();
    }
  });

  it('serves Prometheus metrics, request durations included', async () => {
    await call({ method: 'GET', url: '/things/public' });
    const response = await call({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.body).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(response.body).toMatch(
      /rapport_http_request_duration_seconds_count\{method="GET",route="\/things\/public",status_code="200"\} [1-9]/,
    );
  });

  it('publishes the OpenAPI document and the Swagger UI without a token', async () => {
    const document = await call({ method: 'GET', url: '/docs/openapi.json' });
    expect(document.statusCode).toBe(200);
    const openApi = document.json<{ info: { title: string; version: string }; paths: object }>();
    expect(openApi.info).toMatchObject({ title: 'Things', version: '1.2.3' });
    expect(Object.keys(openApi.paths).sort()).toEqual([
      '/health',
      '/inherited/{sharedId}',
      '/metrics',
      '/things',
      '/things/boom',
      '/things/import',
      '/things/items/{itemId}',
      '/things/me',
      '/things/public',
      '/things/signed',
      '/things/stale',
    ]);
    const ui = await call({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(ui.body).toContain('<script src="/docs/swagger-ui-bundle.js"></script>');
    const css = await call({ method: 'GET', url: '/docs/swagger-ui.css' });
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    expect(css.body).toContain('.swagger-ui');
  });
});
