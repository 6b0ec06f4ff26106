import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pollUntil } from '@rapport/testing';
import { Pool } from 'undici';
import { setTimeout as delay } from 'node:timers/promises';
import { cpuMsOf, pidListeningOn } from './gateway-cpu';
import { startGatewaySides } from './gateway-sides';
import { BenchEnv, perSecond, progress } from './support';

/**
 * A CPU profile of the gateway under the bench's read (16 in flight for LOAD_MS), summarised as
 * self time by package and by function, so a change to the hot path starts from where the time
 * goes. The profiler slows the process, and on a busy machine a sample taken in a socket write
 * often stands for the time the process waited to run again (the write woke the reader), so
 * compare the shares of JavaScript, not milliseconds. With PROFILE=off it only prints the
 * gateway's CPU per read, like the bench's row but in one process run: a quicker A/B check.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/gateway-profile.ts
 */
const CONCURRENCY = 16;
const LOAD_MS = Number(process.env['PROFILE_MS'] ?? 8_000);
const TOP = Number(process.env['PROFILE_TOP'] ?? 40);
const PROFILING = process.env['PROFILE'] !== 'off';
const IDLE_MS = 3_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package, Node itself, the repo's file, or V8's own buckets. */
function ownerOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] as string;
  if (url.startsWith('node:')) return 'node';
  const inRepo = /\/(services|libs|bench)\/(.+)$/.exec(url);
  return inRepo ? `${inRepo[1]}/${inRepo[2]}` : url;
}

/** Self time of the samples taken in the last `windowUs` of the profile (the load, not start-up). */
function summarise(profile: CpuProfile, windowUs: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // Sample times run backwards from the end, each delta being the gap before its sample.
  let at = profile.endTime;
  for (let index = profile.samples.length - 1; index >= 0; index--) {
    if (at < profile.endTime - windowUs) break;
    const id = profile.samples[index] as number;
    const delta = profile.timeDeltas[index] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
    at -= delta;
  }
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    if (frame.functionName === '(idle)') continue;
    total += us;
    const owner = ownerOf(frame.url, frame.functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const print = (title: string, table: Map<string, number>) => {
    console.log(`\n${title} (share of ${(total / 1000).toFixed(0)} ms busy)`);
    for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  print('self time by package', byOwner);
  print('self time by function', byFunction);
}

async function main(): Promise<void> {
  const env = new BenchEnv();
  const profileDir = mkdtempSync(path.join(tmpdir(), 'gateway-profile-'));
  // Nest ends the process on SIGTERM by re-raising the signal, which skips the profile's write;
  // SIGUSR2, which nothing else handles, exits normally instead.
  const preload = path.join(profileDir, 'exit-on-usr2.js');
  writeFileSync(preload, "process.on('SIGUSR2', () => process.exit(0));\n");
  const sides = await startGatewaySides(
    env,
    PROFILING ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '-r', preload] : [],
  );
  try {
    const pool = new Pool(sides.gateway.url, { connections: CONCURRENCY });
    const read = async () => {
      const response = await pool.request({
        method: 'GET',
        path: '/v1/members/ada/profile',
        headers: { authorization: `Bearer ${sides.accessToken}` },
      });
      await response.body.dump();
      if (response.statusCode !== 200) throw new Error(`answered ${response.statusCode}`);
    };
    for (let i = 0; i < 300; i++) await read();
    const pid = pidListeningOn(sides.gateway.url);
    const idleFrom = cpuMsOf(pid);
    await delay(IDLE_MS);
    const idlePerMs = (cpuMsOf(pid) - idleFrom) / IDLE_MS;
    const cpuFrom = cpuMsOf(pid);
    progress(`loading the gateway for ${LOAD_MS / 1000} s`);
    let done = 0;
    const loadStarted = performance.now();
    const deadline = performance.now() + LOAD_MS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          await read();
          done++;
        }
      }),
    );
    await pool.close();
    const loadedMs = performance.now() - loadStarted;
    const cpuMs = cpuMsOf(pid) - cpuFrom - idlePerMs * loadedMs;
    progress(
      `${done} reads, ${perSecond(done, loadedMs).toFixed(0)}/s; gateway CPU per read ${(cpuMs / done).toFixed(3)} ms`,
    );
    if (!PROFILING) return;
    process.kill(pid, 'SIGUSR2');
    const file = await pollUntil(
      'the profile written',
      () => readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile')),
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    // Written in one go at exit, but give a large file the chance to be complete.
    const profile = await pollUntil(
      'the profile complete',
      () => {
        try {
          return JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;
        } catch {
          return undefined;
        }
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    console.log(`profile: ${path.join(profileDir, file)}`);
    // The profile ends at the exit, a moment after the load; its window covers the load.
    summarise(profile, loadedMs * 1000);
  } finally {
    await sides.stop();
    await env.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
