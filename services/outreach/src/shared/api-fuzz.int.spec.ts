import { type FuzzDocument, type FuzzRequest, fuzzApi } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';

// Requests per operation: a short run in the int stage; `npm run fuzz:api` sets FUZZ_RUNS higher.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);

/**
 * The relationship workflow's system token for the follow-up it raises, the path's member for
 * member routes, and an admin for the institution's own (the funnel).
 */
const callerFor = (request: FuzzRequest) => {
  if (request.path.includes('/follow-up-due')) {
    return { id: 'relationship-workflow', role: 'system' as const };
  }
  return request.params['memberId']
    ? { id: request.params['memberId'], role: 'member' as const }
    : { id: 'fuzz-admin', role: 'admin' as const };
};

describe('the outreach API under a fuzz driven by its OpenAPI document', () => {
  const suite = isolateSuite('outreach-api-fuzz');
  let service: OutreachTestApp;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
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
        service.as(callerFor(request)).send(request.method, request.path, {
          headers: request.headers,
          ...(request.body !== undefined
            ? { body: request.body, contentType: request.contentType ?? 'application/json' }
            : {}),
        }),
    });
    expect(report.findings).toEqual([]);
    // The fuzz must reach the handlers, not only the validation in front of them.
    expect(report.statuses['200']).toBeGreaterThan(RUNS);
  });
});
