import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pollUntil } from './poll';
import { repoRoot } from './servers';

/** What `infra/services.json` says of a service: how `./rapport up` starts it and checks it. */
export interface ServiceRegistration {
  readonly name: string;
  readonly port: number;
  readonly health: string;
  readonly command: string;
}

/** A registered service's command, running as a child of the spec. */
export interface RegisteredProcess {
  readonly url: string;
  log(): string;
  stop(): Promise<void>;
}

/** The registration `infra/services.json` holds for `name`; throws when there is none. */
export function serviceRegistration<T extends ServiceRegistration = ServiceRegistration>(
  name: string,
): T {
  const { services } = JSON.parse(
    readFileSync(path.join(repoRoot, 'infra/services.json'), 'utf8'),
  ) as { services: T[] };
  const registration = services.find((service) => service.name === name);
  if (!registration) throw new Error(`no service ${name} in infra/services.json`);
  return registration;
}

/**
 * Runs a service's registered command exactly as `./rapport up` does, with PORT set and the
 * given variables, and waits until its health route answers 200. A service that exits or never
 * becomes healthy fails the start with the end of its log, and is not left running.
 */
export async function spawnRegisteredService(
  registration: ServiceRegistration,
  port: number,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RegisteredProcess> {
  const { name } = registration;
  let log = '';
  const child: ChildProcess = spawn('bash', ['-c', `exec ${registration.command}`], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
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
    { timeoutMs, intervalMs: 250 },
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
