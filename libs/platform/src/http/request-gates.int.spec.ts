import { MAX_FIELD_ERRORS } from './problems';
import { startTestService, type TestService } from './service-app.test-fixture';

// The transport rules every service gets from createServiceApp (issue 14, items 1 and 6).
describe('request gates (createServiceApp)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.close();
  });

  const post = async (url: string, contentType: string, payload: string | Buffer) =>
    service.call({
      method: 'POST',
      url,
      headers: { ...(await service.bearer()), 'content-type': contentType },
      payload,
    });

  const expectProblem = (
    response: Awaited<ReturnType<TestService['call']>>,
    status: number,
    slug: string,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({ type: `https://rapport.dev/problems/${slug}`, status });
  };

  it('answers a megabyte of junk to a JSON route in a few hundred bytes', async () => {
    const junk = Buffer.alloc(1024 * 1024, 'x,');
    for (const contentType of ['application/json', 'text/csv', 'text/plain']) {
      const response = await post('/things', contentType, junk);
      expect([413, 415]).toContain(response.statusCode);
      expect(response.body.length).toBeLessThan(1024);
    }
  });

  it('lists at most MAX_FIELD_ERRORS errors and counts the rest', async () => {
    const keys = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]));
    const response = await post('/things', 'application/json', JSON.stringify(keys));
    expectProblem(response, 400, 'validation');
    const problem = response.json<{ errors: unknown[]; truncated: number }>();
    expect(problem.errors).toHaveLength(MAX_FIELD_ERRORS);
    expect(problem.truncated).toBe(62 - MAX_FIELD_ERRORS);
  });

  it('refuses text/csv on a JSON route with 415 and names what it accepts', async () => {
    const response = await post('/things', 'text/csv', 'name,email\nAda,ada@example.org\n');
    expectProblem(response, 415, 'unsupported-media-type');
    expect(response.json()).toMatchObject({ acceptedMediaTypes: ['application/json'] });
  });

  it('refuses JSON on the route that takes only CSV', async () => {
    const response = await post('/things/import', 'application/json', '{"name":"Ada"}');
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it('keeps each route to its own limit', async () => {
    const csv = `name\n${'a'.repeat(3000)}\n`;
    expect((await post('/things/import', 'text/csv', csv)).statusCode).toBe(202);
    expectProblem(
      await post('/things/import', 'text/csv', csv.repeat(2)),
      413,
      'payload-too-large',
    );
  });

  it('refuses form-urlencoded bodies where a route does not ask for them', async () => {
    const response = await post('/things', 'application/x-www-form-urlencoded', 'name=Ada');
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it('refuses a body without a Content-Type', async () => {
    const response = await service.call({
      method: 'POST',
      url: '/things',
      headers: await service.bearer(),
      payload: '{"name":"Ada"}',
    });
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it.each(['utf-16', 'iso-8859-1', '"UTF-16LE"'])('refuses charset=%s', async (charset) => {
    const response = await post('/things', `application/json; charset=${charset}`, '{}');
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it('accepts charset=utf-8 in any case', async () => {
    const body = JSON.stringify({ name: 'Zoë', emails: ['zoe@example.org'] });
    const response = await post('/things', 'application/json; charset=UTF-8', body);
    expect([response.statusCode, response.json()]).toEqual([201, { created: 'Zoë' }]);
  });

  it('refuses invalid UTF-8 with a 400 problem instead of storing U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"name":"Ad'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","emails":["ada@example.org"]}'),
    ]);
    const response = await post('/things', 'application/json', bytes);
    expectProblem(response, 400, 'validation');
    expect(response.json()).toMatchObject({ detail: 'The body is not valid UTF-8' });
  });

  it('answers an unknown method on a known path with 405 and Allow', async () => {
    const response = await service.call({
      method: 'DELETE',
      url: '/things/me',
      headers: await service.bearer(),
    });
    expectProblem(response, 405, 'method-not-allowed');
    expect(response.headers['allow']).toBe('GET, HEAD');
    expect(response.json()).toMatchObject({ allowed: ['GET', 'HEAD'] });
  });

  it('still answers 404 for a path no method has', async () => {
    const response = await service.call({ method: 'DELETE', url: '/things/nowhere/at/all' });
    expectProblem(response, 404, 'not-found');
  });

  it('answers a too long path segment with 414 problem+json that does not echo it', async () => {
    const segment = 'z'.repeat(5000);
    const response = await service.call({ method: 'GET', url: `/things/items/${segment}` });
    expectProblem(response, 414, 'uri-too-long');
    expect(response.body).not.toContain('zzzz');
    expect(response.body.length).toBeLessThan(1024);
  });

  it('answers an unknown long path and query in under a kilobyte', async () => {
    const response = await service.call({
      method: 'GET',
      url: `/${'p/'.repeat(2000)}?q=${'q'.repeat(4000)}`,
    });
    expectProblem(response, 404, 'not-found');
    expect(response.body.length).toBeLessThan(1024);
  });

  it('answers a malformed escape in the path as a 400 problem', async () => {
    const response = await service.call({ method: 'GET', url: '/things/%E0%A4%A' });
    expectProblem(response, 400, 'validation');
  });
});
