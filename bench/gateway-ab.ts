import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'undici';
import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import { DEMO_TENANT_ID } from '../services/gateway/src/institutions/demo-institution';
import { securityHeaders } from '../services/gateway/src/security-headers/security-headers';
import { Browser, signInThroughLocalIdp } from '../services/gateway/src/testing/browser';
import { startRegisteredService } from '../services/gateway/src/testing/service-process';
import { startBenchProcess, type StartedProcess } from './gateway-bare-process';
import { pidListeningOn } from './gateway-cpu';
import { BenchEnv, progress } from './support';

/**
 * A/B of the gateway's CPU per authenticated read between two checkouts, for a shared, loaded
 * machine: both gateways run at once in front of one outreach, and every round sends the same
 * fixed rate of `GET /v1/members/ada/profile` to each, so both see the same load and the same
 * rate (CPU per read falls as the rate rises, so closed-loop rounds favour the faster side).
 * CPU is the gateway's main thread from /proc/<pid>/schedstat (nanoseconds, where /proc/<pid>/stat
 * counts 10 ms ticks), less what it spends idle, measured before the rounds.
 *
 *   GATEWAY_A=/tmp/gw-old GATEWAY_B=/tmp/gw-new SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register bench/gateway-ab.ts
 *
 * Each side is a checkout (a `git worktree` with node_modules linked) whose gateway is started
 * from its own directory, so that it runs that checkout's code and libraries. `GATEWAY_B=minimal`
 * puts `gateway-minimal-proxy.ts` there instead (node:http, one undici dispatch, helmet's
 * headers, a fixed internal token: no checks at all), the floor a proxy of this shape has.
 * Position is not neutral (A starts first, so its process is the older one): run each pair both
 * ways (A/B, then B/A) and take the geometric mean of the two ratios, and run an A/A (the same
 * checkout on both sides) for the noise to beat.
 */
const RATE = Number(process.env['RATE'] ?? 300);
const ROUNDS = Number(process.env['ROUNDS'] ?? 10);
const ROUND_MS = Number(process.env['ROUND_MS'] ?? 5_000);
const IDLE_MS = 4_000;
const READ_PATH = '/v1/members/ada/profile';

/** ada signed in through the gateway's local identity provider, her bearer token issued. */
async function accessTokenOf(url: string, saveProfile: boolean): Promise<string> {
  const browser = new Browser();
  await signInThroughLocalIdp(browser, url, DEMO_TENANT_ID, 'ada');
  const session = await browser.request(`${url}/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  if (saveProfile) {
    const put = await browser.request(`${url}${READ_PATH}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ givenName: 'Ada', familyName: 'Okafor', email: 'ada@example.test' }),
    });
    if (put.status !== 200) throw new Error(`profile not saved: ${put.status}`);
  }
  const issued = await browser.request(`${url}/auth/tokens`, {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken },
  });
  return ((await issued.json()) as { access_token: string }).access_token;
}

/** CPU ms of the process's main thread so far (schedstat: run time in ns). */
function mainThreadCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

interface Side {
  readonly name: string;
  readonly pool: Pool;
  readonly token: string;
  readonly pid: number;
  idlePerMs: number;
  cpuMs: number;
  reads: number;
}

async function main(): Promise<void> {
  const rootA = process.env['GATEWAY_A'];
  const rootB = process.env['GATEWAY_B'];
  if (!rootA || !rootB) throw new Error('set GATEWAY_A and GATEWAY_B (checkouts, or B=minimal)');
  const env = new BenchEnv();
  await env.db('gateway');
  const keys = await generateInternalKeyPair();
  const keyFile = path.join(tmpdir(), `rapport-gateway-ab-${process.pid}.pem`);
  writeFileSync(keyFile, keys.privateKeyPem, { mode: 0o600 });
  const database = `bench_${env.runId}_gwab`;
  progress('starting outreach and both sides');
  const outreach = await startRegisteredService('outreach', {
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
    RAPPORT_OUTREACH_DB: `${database}_outreach`,
    RAPPORT_OUTREACH_BRIDGE_GROUP: env.group('gateway-ab-outreach'),
    LOG_LEVEL: 'error',
  });
  const gatewayEnv = (name: string) => ({
    RAPPORT_GATEWAY_DB: `${database}_${name}`,
    RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keyFile,
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
    RAPPORT_GATEWAY_UPSTREAM_OUTREACH: outreach.url,
    RAPPORT_GATEWAY_RATE_LIMIT_PERSON: '9999999/60',
    LOG_LEVEL: 'error',
  });
  const started: StartedProcess[] = [];
  try {
    const a = await startBenchProcess(
      rootA,
      'services/gateway/src/main.ts',
      gatewayEnv('a'),
      '/health',
    );
    started.push(a);
    const tokenA = await accessTokenOf(a.url, true);
    let b: StartedProcess;
    let tokenB: string;
    if (rootB === 'minimal') {
      const internalToken = await signInternalToken(
        keys.privateKeyPem,
        { tenantId: DEMO_TENANT_ID, actorId: 'ada', role: 'member' },
        { audience: 'outreach', ttlSeconds: 300 },
      );
      b = await startBenchProcess(
        process.cwd(),
        'bench/gateway-minimal-proxy.ts',
        {
          UPSTREAM: outreach.url,
          INTERNAL_TOKEN: internalToken,
          BASE_HEADERS: JSON.stringify(Object.entries(securityHeaders()).flat()),
        },
        READ_PATH,
      );
      tokenB = 'unused';
    } else {
      b = await startBenchProcess(
        rootB,
        'services/gateway/src/main.ts',
        gatewayEnv('b'),
        '/health',
      );
      // The same history on both: sign-in, the profile saved (an audited change), a token.
      tokenB = await accessTokenOf(b.url, true);
    }
    started.push(b);
    const sides: Side[] = [
      { name: `A (${rootA})`, url: a.url, token: tokenA },
      { name: `B (${rootB})`, url: b.url, token: tokenB },
    ].map(({ name, url, token }) => ({
      name,
      pool: new Pool(url, { connections: 64 }),
      token,
      pid: pidListeningOn(url),
      idlePerMs: 0,
      cpuMs: 0,
      reads: 0,
    }));
    const read = async (side: Side) => {
      const response = await side.pool.request({
        method: 'GET',
        path: READ_PATH,
        headers: { authorization: `Bearer ${side.token}` },
      });
      await response.body.dump();
      if (response.statusCode !== 200) throw new Error(`${side.name}: ${response.statusCode}`);
    };
    for (let i = 0; i < 300; i++) for (const side of sides) await read(side);
    const idleFrom = sides.map((side) => mainThreadCpuMs(side.pid));
    await delay(IDLE_MS);
    sides.forEach((side, i) => {
      side.idlePerMs = (mainThreadCpuMs(side.pid) - (idleFrom[i] as number)) / IDLE_MS;
    });
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const before = sides.map((side) => mainThreadCpuMs(side.pid));
      const roundStart = performance.now();
      const pending: Promise<void>[] = [];
      let sent = 0;
      while (performance.now() - roundStart < ROUND_MS) {
        const wait = roundStart + (sent * 1000) / RATE - performance.now();
        if (wait > 0) await delay(wait);
        // Who is sent first alternates: the second of a pair may find the service awake.
        const [first, second] = sent % 2 === 0 ? sides : [sides[1], sides[0]];
        pending.push(read(first as Side), read(second as Side));
        sent++;
      }
      await Promise.all(pending);
      const ms = performance.now() - roundStart;
      const perRead = sides.map((side, i) => {
        const cpu = mainThreadCpuMs(side.pid) - (before[i] as number) - side.idlePerMs * ms;
        side.cpuMs += cpu;
        side.reads += sent;
        return cpu / sent;
      });
      ratios.push((perRead[1] as number) / (perRead[0] as number));
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      progress(
        `round ${round}: ${((sent * 1000) / ms).toFixed(0)} reads/s each, load ${load}; CPU per read A ${(perRead[0] as number).toFixed(3)} ms, B ${(perRead[1] as number).toFixed(3)} ms`,
      );
    }
    const [sideA, sideB] = sides as [Side, Side];
    const perReadA = sideA.cpuMs / sideA.reads;
    const perReadB = sideB.cpuMs / sideB.reads;
    const lower = ratios.filter((ratio) => ratio < 1).length;
    console.log(
      `CPU per read (main thread, less idle) at ${RATE} reads/s each, ${ROUNDS} rounds of ${ROUND_MS / 1000} s: A ${perReadA.toFixed(3)} ms, B ${perReadB.toFixed(3)} ms, B/A ${(perReadB / perReadA).toFixed(3)} (per round ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}, B lower in ${lower} of ${ROUNDS}); idle ${sideA.idlePerMs.toFixed(3)} / ${sideB.idlePerMs.toFixed(3)} ms per ms`,
    );
    for (const side of sides) await side.pool.close();
  } finally {
    for (const side of started.reverse()) await side.stop();
    await outreach.stop();
    await env.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
