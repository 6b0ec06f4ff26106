import {
  type FuzzDocument,
  type ApiFuzzReport,
  type FuzzRequest,
  fuzzApi,
} from '@rapport/platform/api-testing';
import { isolateSuite, type SuiteIsolation } from './isolation';
import type { StartedService } from './route-denials.suite';
import type { Caller } from './service-callers';

// Requests per operation: a short run in the int stage; `npm run fuzz:api` sets FUZZ_RUNS higher.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);

export interface ApiFuzzSuite<S extends Pick<StartedService, 'app' | 'as' | 'close'>> {
  readonly start: (suite: SuiteIsolation) => Promise<S>;
  /** The seed unless FUZZ_SEED names another, so a finding can be replayed. */
  readonly seed: number;
  /** Who sends each generated request; by default the member the path names (else fuzz-ada). */
  readonly callerFor?: (request: FuzzRequest) => Caller;
  /**
   * What proves the fuzz reached the handlers and not only the validation in front of them; by
   * default more 200s than runs per operation.
   */
  readonly reachedHandlers?: (statuses: ApiFuzzReport['statuses'], runs: number) => void;
}

const memberOfPath = (request: FuzzRequest): Caller => ({
  id: request.params['memberId'] ?? 'fuzz-ada',
  role: 'member',
});

/**
 * A service's API under a fuzz driven by its own OpenAPI document: no 5xx, every 4xx as
 * problem+json, every 2xx as documented.
 */
export function describeApiFuzz<S extends Pick<StartedService, 'app' | 'as' | 'close'>>(
  serviceName: string,
  options: ApiFuzzSuite<S>,
): void {
  describe(`the ${serviceName} API under a fuzz driven by its OpenAPI document`, () => {
    const suite = isolateSuite(`${serviceName}-api-fuzz`);
    let service: S;

    beforeAll(async () => {
      service = await options.start(suite);
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
      const callerFor = options.callerFor ?? memberOfPath;
      const report = await fuzzApi({
        document,
        runs: RUNS,
        seed: Number(process.env['FUZZ_SEED'] ?? options.seed),
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
      if (options.reachedHandlers) options.reachedHandlers(report.statuses, RUNS);
      else expect(report.statuses['200']).toBeGreaterThan(RUNS);
    });
  });
}
