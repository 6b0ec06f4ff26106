import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, pollUntil, repoRoot } from '@rapport/testing';

export interface StartedProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A node process running `script` from `cwd` (that checkout's tsconfig and sources) on a spare
 * port, resolved once `health` answers below 500 (or exactly 200 with `exactly200`).
 */
export async function startBenchProcess(
  cwd: string,
  script: string,
  env: Record<string, string>,
  health: string,
  exactly200 = false,
): Promise<StartedProcess> {
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `${script} in ${cwd} answering on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`it exited: ${log.slice(-3000)}`);
      const reply = await fetch(`${url}${health}`).catch(() => undefined);
      if (!reply) return undefined;
      return (exactly200 ? reply.status === 200 : reply.status < 500) ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The bare Fastify app of `gateway-bare-profile.ts`, started as a process on a spare port. */
export function startBareProfile(env: {
  RAPPORT_OUTREACH_DB: string;
  RAPPORT_INTERNAL_JWT_PUBLIC_KEY: string;
}): Promise<StartedProcess> {
  return startBenchProcess(repoRoot, 'bench/gateway-bare-profile.ts', env, '/health', true);
}
