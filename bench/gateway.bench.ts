import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'undici';
import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import { DEMO_TENANT_ID } from '../services/gateway/src/institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../services/gateway/src/testing/browser';
import { startGatewayProcess } from '../services/gateway/src/testing/gateway-process';
import { startRegisteredService } from '../services/gateway/src/testing/service-process';
import { benchMain } from './bench-runner';
import {
  type BenchEnv,
  infoRow,
  percentile,
  perSecond,
  progress,
  ratioRow,
  scaled,
} from './support';

/**
 * An authenticated read through the gateway (bearer token checked, rate limit taken, internal
 * token minted, forwarded over keep-alive) against the same read sent straight to the service
 * with an internal token, in the same run: the outreach service's `GET /members/ada/profile`,
 * both processes started as registered. Throughput with 16 requests in flight, then latency at a
 * fixed rate. See services/gateway/README.md.
 *
 *   npm run bench:gateway
 */
const CONCURRENCY = 16;
const THROUGHPUT_MS = scaled(10_000, 1000);
// Below what either path sustains on this machine, so the latency is not queueing.
const FIXED_RATE = 20;
const FIXED_MS = scaled(10_000, 1000);
const GOAL_RATIO = 0.7;

interface Target {
  readonly pool: Pool;
  readonly path: string;
  readonly authorization: string;
}

async function get(target: Target): Promise<number> {
  const started = performance.now();
  const response = await target.pool.request({
    method: 'GET',
    path: target.path,
    headers: { authorization: target.authorization },
  });
  await response.body.dump();
  if (response.statusCode !== 200)
    throw new Error(`${target.path} answered ${response.statusCode}`);
  return performance.now() - started;
}

async function closedLoop(target: Target): Promise<number> {
  let done = 0;
  const deadline = performance.now() + THROUGHPUT_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await get(target);
        done++;
      }
    }),
  );
  return perSecond(done, performance.now() - started);
}

/** Requests started on a fixed schedule whatever the answers' pace; latencies sorted. */
async function fixedRate(target: Target): Promise<number[]> {
  const count = Math.round((FIXED_RATE * FIXED_MS) / 1000);
  const started = performance.now();
  const latencies: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / FIXED_RATE;
    const wait = due - performance.now();
    if (wait > 0) await delay(wait);
    latencies.push(get(target));
  }
  return (await Promise.all(latencies)).sort((a, b) => a - b);
}

async function measure(env: BenchEnv) {
  await env.db('gateway');
  await env.db('gateway_outreach');
  const gatewayDb = `bench_${env.runId}_gateway`;
  const keys = await generateInternalKeyPair();
  progress('starting outreach and the gateway');
  const outreach = await startRegisteredService('outreach', {
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
    RAPPORT_OUTREACH_DB: `${gatewayDb}_outreach`,
    RAPPORT_OUTREACH_BRIDGE_GROUP: env.group('gateway-outreach'),
    LOG_LEVEL: 'error',
  });
  const gateway = await startGatewayProcess({
    database: gatewayDb,
    keys,
    env: {
      RAPPORT_GATEWAY_UPSTREAM_OUTREACH: outreach.url,
      // The bench measures the path, not the quota.
      RAPPORT_GATEWAY_RATE_LIMIT_PERSON: '9999999/60',
      LOG_LEVEL: 'error',
    },
  });
  try {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, 'ada');
    const { csrfToken } = (await (await browser.request(`${gateway.url}/auth/session`)).json()) as {
      csrfToken: string;
    };
    const put = await browser.request(`${gateway.url}/v1/members/ada/profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ givenName: 'Ada', familyName: 'Okafor', email: 'ada@example.test' }),
    });
    if (put.status !== 200) throw new Error(`profile not saved: ${put.status}`);
    const issued = await browser.request(`${gateway.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrfToken },
    });
    const { access_token: accessToken } = (await issued.json()) as { access_token: string };
    const internal = await signInternalToken(
      keys.privateKeyPem,
      { tenantId: DEMO_TENANT_ID, actorId: 'ada', role: 'member' },
      { audience: 'outreach', ttlSeconds: 300 },
    );
    const direct: Target = {
      pool: new Pool(outreach.url, { connections: CONCURRENCY }),
      path: '/members/ada/profile',
      authorization: `Bearer ${internal}`,
    };
    const viaGateway: Target = {
      pool: new Pool(gateway.url, { connections: CONCURRENCY }),
      path: '/v1/members/ada/profile',
      authorization: `Bearer ${accessToken}`,
    };
    progress('warming up');
    for (let i = 0; i < 200; i++) await Promise.all([get(direct), get(viaGateway)]);
    progress('throughput');
    const directRate = await closedLoop(direct);
    const gatewayRate = await closedLoop(viaGateway);
    progress('latency at a fixed rate');
    const directLatency = await fixedRate(direct);
    const gatewayLatency = await fixedRate(viaGateway);
    await Promise.all([direct.pool.close(), viaGateway.pool.close()]);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      ratioRow(
        'authenticated read through the gateway',
        'req/s',
        gatewayRate,
        directRate,
        GOAL_RATIO,
        `${CONCURRENCY} in flight for ${THROUGHPUT_MS / 1000} s each; baseline = the same read sent straight to outreach with an internal token; the gateway adds the bearer check, the rate-limit claim (an insert and a delete by _id, the shared hint moved every 8 claims), minting and a second HTTP hop, on the same 2 cores as the service and FerretDB`,
      ),
      infoRow(
        `p99 through the gateway at ${FIXED_RATE} req/s`,
        'ms',
        percentile(gatewayLatency, 99),
        `p50 ${ms(percentile(gatewayLatency, 50))}; straight to the service: p50 ${ms(percentile(directLatency, 50))}, p99 ${ms(percentile(directLatency, 99))}; ${gatewayLatency.length} requests each`,
      ),
    ];
  } finally {
    await gateway.stop();
    await outreach.stop();
  }
}

benchMain('gateway', { read: measure });
