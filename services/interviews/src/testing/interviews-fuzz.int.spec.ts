import { type FuzzDocument, fuzzApi } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { type InterviewsTestApp, startInterviewsApp } from './interviews-test-app';

// Requests per operation: a short run in the int stage; `npm run fuzz:api` sets FUZZ_RUNS higher.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);

describe('the interviews API under a fuzz driven by its OpenAPI document', () => {
  const suite = isolateSuite('interviews-api-fuzz');
  let service: InterviewsTestApp;

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
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
      seed: Number(process.env['FUZZ_SEED'] ?? 19),
      knownIds: { memberId: ['fuzz-ada', 'fuzz-bob'] },
      // Member routes are called by the path's member; the question bank by any member.
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
    expect(report.statuses['200']).toBeGreaterThan(RUNS);
  });
});
