import { startTestService, type TestService } from './service-app.test-fixture';

describe('problem+json answers (createServiceApp)', () => {
  let service: TestService;
  const call: TestService['call'] = (options) => service.call(options);
  const bearer: TestService['bearer'] = (...args) => service.bearer(...args);

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.close();
  });

  const post = async (payload: string, contentType = 'application/json') =>
    call({
      method: 'POST',
      url: '/things',
      headers: { ...(await bearer()), 'content-type': contentType },
      payload,
    });

  it('accepts a valid body', async () => {
    const response = await post(JSON.stringify({ name: 'Ada', emails: ['ada@example.org'] }));
    expect([response.statusCode, response.json()]).toEqual([201, { created: 'Ada' }]);
  });

  it('answers an invalid body with a pointer per problem, unknown fields included', async () => {
    const response = await post(
      JSON.stringify({ emails: ['ada@example.org', 'nope'], admin: true }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/validation',
      status: 400,
      instance: '/things',
      errors: [
        { pointer: '/name', detail: 'Required' },
        { pointer: '/emails/1', detail: 'Invalid email address' },
        { pointer: '/admin', detail: 'Unknown field' },
      ],
    });
  });

  it('answers a body that is not JSON with a validation problem about the whole body', async () => {
    const response = await post('{"name": ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/validation',
      detail: 'The body is not valid JSON',
      errors: [{ pointer: '', detail: 'The body is not valid JSON' }],
    });
  });

  it('answers an empty JSON body with a validation problem', async () => {
    const response = await post('');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      detail: 'The body is empty but Content-Type says application/json',
      errors: [{ pointer: '' }],
    });
  });

  it('answers a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ name: 'x'.repeat(2048), emails: [] }));
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/payload-too-large',
      status: 413,
      instance: '/things',
    });
  });

  it('answers an unsupported media type with 415', async () => {
    const response = await post('<contact/>', 'application/xml');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/unsupported-media-type',
      status: 415,
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await call({
      method: 'GET',
      url: '/nope?x=1',
      headers: await bearer(),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/not-found',
      status: 404,
      detail: 'Cannot GET /nope?x=1',
      instance: '/nope',
    });
  });

  it("maps the service's own error through its mapper", async () => {
    const response = await call({
      method: 'GET',
      url: '/things/stale',
      headers: await bearer(),
    });
    expect(response.statusCode).toBe(412);
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/precondition-failed',
      detail: 'version 3 is not current',
    });
  });

  it('answers an unexpected error with a generic 500 and logs the cause', async () => {
    const response = await call({
      method: 'GET',
      url: '/things/boom',
      headers: { ...(await bearer()), 'x-correlation-id': 'corr-boom' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.json()).toMatchObject({
      type: 'https://rapport.dev/problems/internal',
      correlationId: 'corr-boom',
    });
    expect(service.logLines.find((line) => line['correlationId'] === 'corr-boom')).toMatchObject({
      level: 50,
      path: '/things/boom',
      err: { message: 'secret connection string mongodb://admin:pw@db' },
    });
  });

  it('delivers a raw text/csv body as a Buffer', async () => {
    const response = await call({
      method: 'POST',
      url: '/things/import',
      headers: { ...(await bearer()), 'content-type': 'text/csv; charset=utf-8' },
      payload: 'name,email\nAda,ada@example.org\n',
    });
    expect([response.statusCode, response.json()]).toEqual([
      202,
      { isBuffer: true, bytes: 31, header: 'name,email' },
    ]);
  });
});
