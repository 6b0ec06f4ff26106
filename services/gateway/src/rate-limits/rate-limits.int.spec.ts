import { generateInternalKeyPair } from '@rapport/platform/http';
import { isolateSuite } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { leasePlan } from './lease-plan';

const QUOTA = 80;
const INSTANCES = 2;
// Two slots a lease, from four above the oldest: within the 10% as the instances are planned.
const PLAN = leasePlan(QUOTA, INSTANCES);

/**
 * The bucket is shared: two gateway instances over one database, a person calling both at once,
 * at a quota whose window (an hour) refills nothing during the test. Together they must accept
 * the quota within 10%, and refuse the rest with 429, Retry-After and the RateLimit headers.
 */
describe('rate limits shared by gateway instances', () => {
  const suite = isolateSuite('gateway-rate-limits');
  const gateways: GatewayProcess[] = [];

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    const env = {
      RAPPORT_GATEWAY_RATE_LIMIT_PERSON: `${QUOTA}/3600`,
      RAPPORT_GATEWAY_INSTANCES: String(INSTANCES),
    };
    const first = await startGatewayProcess({ database: suite.dbName, keys, env });
    gateways.push(first);
    // Instances behind one load balancer share its public URL (the issuer and the callbacks).
    gateways.push(
      await startGatewayProcess({
        database: suite.dbName,
        keys,
        env: { ...env, RAPPORT_GATEWAY_PUBLIC_URL: first.url },
      }),
    );
  }, 120_000);
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await suite.cleanup();
  });

  it(`accepts ${QUOTA} ± 10% across both instances, then answers 429`, async () => {
    const [first, second] = gateways;
    if (!first || !second) throw new Error('gateways not started');
    const browser = new Browser();
    // Sessions live in the shared database: signed in on one instance, known to both.
    await signInThroughLocalIdp(browser, first.url, DEMO_TENANT_ID, 'ben');
    expect((await browser.request(`${second.url}/auth/session`)).status).toBe(200);
    // A route no service owns: the answer (404) comes after the rate limit, and costs no upstream.
    const call = (gateway: GatewayProcess) =>
      browser.request(`${gateway.url}/v1/members/ben/nothing-here`);

    const replies: Response[] = [];
    for (let round = 0; round < 11; round++) {
      const batch = Array.from({ length: 10 }, (_, i) => call(i % 2 === 0 ? first : second));
      replies.push(...(await Promise.all(batch)));
    }
    const accepted = replies.filter((reply) => reply.status !== 429);
    const refused = replies.filter((reply) => reply.status === 429);
    expect(accepted.length).toBeGreaterThanOrEqual(QUOTA * 0.9);
    expect(accepted.length).toBeLessThanOrEqual(QUOTA * 1.1);
    expect(accepted.every((reply) => reply.status === 404)).toBe(true);

    const last = refused[refused.length - 1];
    expect(last?.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.headers.get('ratelimit-policy')).toBe(`"person";q=${QUOTA};w=3600`);
    expect(last?.headers.get('ratelimit')).toMatch(/^"person";r=0;t=\d+$/);
    expect(accepted[0]?.headers.get('ratelimit')).toMatch(/^"person";r=\d+;t=\d+$/);
  });

  it('keeps each person’s bucket their own', async () => {
    const [first] = gateways;
    if (!first) throw new Error('gateway not started');
    const browser = new Browser();
    await signInThroughLocalIdp(browser, first.url, DEMO_TENANT_ID, 'ada');
    const reply = await browser.request(`${first.url}/v1/members/ada/nothing-here`);
    expect(reply.status).toBe(404);
    // A full bucket: what is left is all but this request and the slots leases skip (the first
    // lease starts on its block's boundary, up to size − 1 slots lower).
    const left = Number(/^"person";r=(\d+);t=\d+$/.exec(reply.headers.get('ratelimit') ?? '')?.[1]);
    expect(left).toBeGreaterThanOrEqual(QUOTA - 1 - PLAN.skip);
    expect(left).toBeLessThanOrEqual(QUOTA - 1 - PLAN.skip + PLAN.size - 1);
  });
});
