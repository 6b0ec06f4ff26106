import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, pollUntil, repoRoot } from '@rapport/testing';

export interface ServiceProcess {
  readonly url: string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * A service started with the command it registered in infra/services.json, on a spare port, with
 * the gateway's public key and whatever database and consumer-group variables the spec gives.
 */
export async function startRegisteredService(
  name: string,
  env: Record<string, string>,
  options: {
    timeoutMs?: number;
    /** Known before the start, so a gateway can be pointed at it while both start. */
    port?: number;
  } = {},
): Promise<ServiceProcess> {
  const registry = JSON.parse(readFileSync(path.join(repoRoot, 'infra/services.json'), 'utf8')) as {
    services: { name: string; command: string; health: string }[];
  };
  const registration = registry.services.find((service) => service.name === name);
  if (!registration) throw new Error(`no service ${name} in infra/services.json`);
  const port = options.port ?? (await freePort());
  let log = '';
  const child: ChildProcess = spawn('bash', ['-c', `exec ${registration.command}`], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `${name} healthy on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${log.slice(-3000)}`);
      const reply = await fetch(`${url}${registration.health}`).catch(() => undefined);
      return reply?.status === 200 ? true : undefined;
    },
    { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 250 },
  ).catch((error: unknown) => {
    // A service that never became healthy must not outlive the spec that gave up on it.
    child.kill('SIGTERM');
    throw error;
  });
  return {
    url,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
