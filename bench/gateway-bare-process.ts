import { type ChildProcess, spawn } from 'node:child_process';
import { pollUntil, repoRoot } from '@rapport/testing';
import { freePort } from '../services/gateway/src/testing/gateway-process';

/** The bare Fastify app of `gateway-bare-profile.ts`, started as a process on a spare port. */
export async function startBareProfile(env: {
  RAPPORT_OUTREACH_DB: string;
  RAPPORT_INTERNAL_JWT_PUBLIC_KEY: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'bench/gateway-bare-profile.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `the bare Fastify profile app on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`it exited: ${log.slice(-3000)}`);
      const reply = await fetch(`${url}/health`).catch(() => undefined);
      return reply?.status === 200 ? true : undefined;
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
