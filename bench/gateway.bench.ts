import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'undici';
import { benchMain } from './bench-runner';
import { startBareProfile } from './gateway-bare-process';
import { cpuMsOf, pidListeningOn } from './gateway-cpu';
import { startGatewaySides } from './gateway-sides';
import {
  type BenchEnv,
  infoRow,
  percentile,
  perSecond,
  progress,
  ratioRow,
  scaled,
  speedRatio,
} from './support';

/**
 * An authenticated read through the gateway (bearer token checked, rate limit taken, internal
 * token minted, forwarded over keep-alive) against the same handler reached without the gateway
 * (the outreach service's `GET /members/ada/profile`, called straight with an internal token),
 * both processes started as registered, in the same run. Throughput with 16 requests in flight,
 * then latency at a fixed rate. The two sides alternate in short rounds, so that load from other
 * work on the machine falls on both alike. See services/gateway/README.md, "Benchmark".
 *
 *   npm run bench:gateway
 */
const CONCURRENCY = 16;
const ROUNDS = 5;
const ROUND_MS = scaled(2_000, 200);
// Long enough for the 10 ms ticks of /proc to measure the processes' background CPU.
const IDLE_MS = scaled(5_000, 1000);
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

/** Requests completed in one round of `ROUND_MS` with `CONCURRENCY` in flight. */
async function closedLoop(target: Target): Promise<{ done: number; ms: number }> {
  let done = 0;
  const started = performance.now();
  const deadline = started + ROUND_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await get(target);
        done++;
      }
    }),
  );
  return { done, ms: performance.now() - started };
}

type Process = 'gateway' | 'service' | 'bare';
type Pids = Readonly<Record<Process, number>>;

interface SideTotals {
  done: number;
  ms: number;
  /** CPU time each process used during this side's rounds. */
  readonly cpuMs: Record<Process, number>;
}

const PROCESSES: readonly Process[] = ['gateway', 'service', 'bare'];

function cpuOfAll(pids: Pids): Record<Process, number> {
  return {
    gateway: cpuMsOf(pids.gateway),
    service: cpuMsOf(pids.service),
    bare: cpuMsOf(pids.bare),
  };
}

/** CPU ms per ms each process spends with no request in flight. */
async function idleCpuPerMs(pids: Pids): Promise<Record<Process, number>> {
  const started = performance.now();
  const before = cpuOfAll(pids);
  await delay(IDLE_MS);
  const ms = performance.now() - started;
  const after = cpuOfAll(pids);
  return {
    gateway: (after.gateway - before.gateway) / ms,
    service: (after.service - before.service) / ms,
    bare: (after.bare - before.bare) / ms,
  };
}

/** Every side over `ROUNDS` rounds each, in turn: requests, time and the processes' CPU. */
async function alternating(sides: readonly Target[], pids: Pids): Promise<SideTotals[]> {
  const totals: SideTotals[] = sides.map(() => ({
    done: 0,
    ms: 0,
    cpuMs: { gateway: 0, service: 0, bare: 0 },
  }));
  const order = sides.map((_, index) => index);
  for (let round = 0; round < ROUNDS; round++) {
    // Who goes first alternates too: a round right after another side's inherits its queues.
    for (const side of round % 2 === 0 ? order : [...order].reverse()) {
      const before = cpuOfAll(pids);
      const { done, ms } = await closedLoop(sides[side] as Target);
      const after = cpuOfAll(pids);
      const total = totals[side] as SideTotals;
      total.done += done;
      total.ms += ms;
      for (const name of PROCESSES) total.cpuMs[name] += after[name] - before[name];
    }
  }
  return totals;
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
  const sides = await startGatewaySides(env);
  const { gateway } = sides;
  // Started after outreach, once the database exists; it reads what the gateway's PUT wrote.
  const bare = await startBareProfile({
    RAPPORT_OUTREACH_DB: `${sides.gatewayDb}_outreach`,
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY: sides.publicKeyPem,
  }).catch(async (error: unknown) => {
    await sides.stop();
    throw error;
  });
  try {
    const internal = sides.internalToken;
    const accessToken = sides.accessToken;
    const direct: Target = {
      pool: new Pool(sides.outreachUrl, { connections: CONCURRENCY }),
      path: '/members/ada/profile',
      authorization: `Bearer ${internal}`,
    };
    const viaGateway: Target = {
      pool: new Pool(gateway.url, { connections: CONCURRENCY }),
      path: '/v1/members/ada/profile',
      authorization: `Bearer ${accessToken}`,
    };
    const onBare: Target = {
      pool: new Pool(bare.url, { connections: CONCURRENCY }),
      path: '/members/ada/profile',
      authorization: `Bearer ${internal}`,
    };
    progress('warming up');
    for (let i = 0; i < 200; i++) await Promise.all([get(direct), get(viaGateway), get(onBare)]);
    progress('throughput');
    const pids = {
      gateway: pidListeningOn(gateway.url),
      service: pidListeningOn(sides.outreachUrl),
      bare: pidListeningOn(bare.url),
    };
    const idle = await idleCpuPerMs(pids);
    const [directSide, gatewaySide, bareSide] = (await alternating(
      [direct, viaGateway, onBare],
      pids,
    )) as [SideTotals, SideTotals, SideTotals];
    // What the processes spend with no request (consumers, the outbox relay, timers) is not
    // the read's cost; left in, it would grow per read as the machine's load slows the reads.
    for (const side of [directSide, gatewaySide, bareSide]) {
      for (const name of ['gateway', 'service', 'bare'] as const) {
        side.cpuMs[name] = Math.max(0, side.cpuMs[name] - idle[name] * side.ms);
      }
    }
    const directRate = perSecond(directSide.done, directSide.ms);
    const gatewayRate = perSecond(gatewaySide.done, gatewaySide.ms);
    const bareRate = perSecond(bareSide.done, bareSide.ms);
    const perRead = (cpuMs: number, side: SideTotals) => cpuMs / Math.max(1, side.done);
    const gatewayCpu = perRead(gatewaySide.cpuMs.gateway, gatewaySide);
    const serviceCpu = perRead(gatewaySide.cpuMs.service, gatewaySide);
    const directCpu = perRead(directSide.cpuMs.service, directSide);
    const bareCpu = perRead(bareSide.cpuMs.bare, bareSide);
    progress('latency at a fixed rate');
    // Side by side, so that both see the same machine; 2 × 20 req/s is far from saturating it.
    const fixedStarted = performance.now();
    const fixedBefore = cpuOfAll(pids);
    const [directLatency, gatewayLatency] = await Promise.all([
      fixedRate(direct),
      fixedRate(viaGateway),
    ]);
    // CPU per read at one rate for both: in the throughput rounds the cheaper path also runs at
    // the higher rate, and a process's CPU per read falls as its rate rises (fewer wake-ups each).
    const fixedMs = performance.now() - fixedStarted;
    const fixedAfter = cpuOfAll(pids);
    const busyIn = (name: Process) =>
      Math.max(0, fixedAfter[name] - fixedBefore[name] - idle[name] * fixedMs);
    const gatewayFixedCpu = busyIn('gateway') / gatewayLatency.length;
    // The service's reads straight and through the gateway are the same handler's work.
    const serviceFixedCpu = busyIn('service') / (gatewayLatency.length + directLatency.length);
    await Promise.all([direct.pool.close(), viaGateway.pool.close(), onBare.pool.close()]);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    // Hundredths: the gateway's share is a few tenths of a millisecond, and steps of it matter.
    const cpu = (value: number) => `${value.toFixed(2)} ms`;
    return [
      ratioRow(
        'authenticated read through the gateway',
        'req/s',
        gatewayRate,
        directRate,
        GOAL_RATIO,
        `${CONCURRENCY} in flight, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s per side; baseline = the same handler without the gateway (outreach's GET /members/ada/profile called straight with an internal token); the gateway adds the bearer check (verified once per token), the rate limit (slots leased in blocks: one insert per block), the internal token (one per caller and service every 30 s) and a second HTTP hop over keep-alive, on the same 2 cores as the service and FerretDB`,
      ),
      infoRow(
        `p99 through the gateway at ${FIXED_RATE} req/s`,
        'ms',
        percentile(gatewayLatency, 99),
        `p50 ${ms(percentile(gatewayLatency, 50))}; straight to the service: p50 ${ms(percentile(directLatency, 50))}, p99 ${ms(percentile(directLatency, 99))}; ${gatewayLatency.length} requests each`,
      ),
      {
        metric: 'CPU per authenticated read through the gateway',
        unit: 'ms',
        value: gatewayCpu + serviceCpu,
        baseline: directCpu,
        ratio: speedRatio('cost', gatewayCpu + serviceCpu, directCpu),
        goal: null,
        met: null,
        notes: `CPU time of the processes per read during the throughput rounds (/proc, 10 ms ticks), less what each spends idle (measured for ${IDLE_MS / 1000} s before): gateway ${cpu(gatewayCpu)} + service ${cpu(serviceCpu)} through the gateway, service ${cpu(directCpu)} straight, the handler on bare Fastify ${cpu(bareCpu)} (the database's and the client's CPU not counted); unlike req/s it does not depend on what else runs on the machine, and the ratio is the throughput ratio a machine saturated by these two processes would show`,
      },
      ratioRow(
        'authenticated read through the gateway, against the handler on bare Fastify',
        'req/s',
        gatewayRate,
        bareRate,
        GOAL_RATIO,
        `the issue's literal baseline: outreach's profile query handler and store on a bare Fastify app (bench/gateway-bare-profile.ts: the same internal-token verification, no Nest, no platform hooks), a third side in the same alternating rounds; its CPU per read ${cpu(bareCpu)}, against ${cpu(gatewayCpu)} + ${cpu(serviceCpu)} through the gateway`,
      ),
      infoRow(
        `gateway CPU per read at ${FIXED_RATE} req/s`,
        'ms',
        gatewayFixedCpu,
        `during the fixed-rate requests, the same rate for both processes, so that unlike the CPU row of the throughput rounds it compares the paths rather than the rates they reached: gateway ${cpu(gatewayFixedCpu)}, service ${cpu(serviceFixedCpu)} per read (its reads straight and through the gateway together); /proc, less idle; at this low rate every read pays its own wake-ups, so both are higher than in the rounds`,
      ),
    ];
  } finally {
    await bare.stop();
    await sides.stop();
  }
}

benchMain('gateway', { read: measure });
