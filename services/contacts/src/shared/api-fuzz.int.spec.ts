import { type FuzzDocument, fuzzApi } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

// Requests per operation: a short run in the int stage; `npm run fuzz:api` sets FUZZ_RUNS higher.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);

describe('the contacts API under a fuzz driven by its OpenAPI document', () => {
  const suite = isolateSuite('contacts-api-fuzz');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('answers no 5xx, every 4xx as problem+json and every 2xx as its document says', async () => {
    const fastify = service.app.getHttpAdapter().getInstance();
    const document = (
      await fastify.inject({ method: 'GET', url: '/docs/openapi.json' })
    ).json<FuzzDocument>();
    const report = await fuzzApi({
      document,
      runs: RUNS,
      seed: Number(process.env['FUZZ_SEED'] ?? 14),
      knownIds: { memberId: ['fuzz-ada', 'fuzz-bob'] },
      exchange: (request) =>
        service
          .as({ id: request.params['memberId'] ?? 'fuzz-ada', role: 'member' })
          .send(request.method, request.path, {
            headers: request.headers,
            ...(request.body !== undefined
              ? { body: request.body, contentType: request.contentType ?? 'application/json' }
              : {}),
          }),
    });
    expect(report.findings).toEqual([]);
    // The fuzz must reach the handlers, not only the validation in front of them.
    expect(Object.keys(report.statuses).filter((status) => status.startsWith('2'))).toEqual(
      expect.arrayContaining(['200', '201', '204']),
    );
  });
});
