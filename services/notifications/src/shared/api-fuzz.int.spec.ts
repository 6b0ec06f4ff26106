import { type FuzzDocument, type FuzzRequest, fuzzApi } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { sendGridSigningKeys } from '../webhooks/sendgrid.test-fixture';
import {
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';

// Requests per operation: a short run in the int stage; `npm run fuzz:api` sets FUZZ_RUNS higher.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);

/** The path's member for member routes; an admin for the institution's own routes. */
const callerFor = (request: FuzzRequest) =>
  request.params['memberId']
    ? { id: request.params['memberId'], role: 'member' as const }
    : { id: 'fuzz-admin', role: 'admin' as const };

describe('the notifications API under a fuzz driven by its OpenAPI document', () => {
  const suite = isolateSuite('notifications-api-fuzz');
  let service: NotificationsTestApp;

  beforeAll(async () => {
    // With a verification key, so the Event Webhook checks signatures rather than answering 503.
    service = await startNotificationsApp(suite, {
      webhookPublicKey: sendGridSigningKeys().publicKey,
    });
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
