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

/** A service's process, running as a child of the spec. */
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
 * given variables, and waits until its health route answers 200.
 */
export async function spawnRegisteredService(
  registration: ServiceRegistration,
  port: number,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RegisteredProcess> {
  return spawnUntilHealthy({
    name: registration.name,
    argv: ['bash', '-c', `exec ${registration.command}`],
    port,
    env,
    health: registration.health,
    timeoutMs,
  });
}

/**
 * Starts `argv` from the repository's root with PORT set and the given variables, and waits until
 * `health` on that port answers 200. A process that exits or never becomes healthy fails the start
 * with the end of its log, and is not left running.
 */
export async function spawnUntilHealthy(options: {
  name: string;
  argv: readonly [string, ...string[]];
  port: number;
  env: Record<string, string>;
  health: string;
  timeoutMs?: number;
}): Promise<RegisteredProcess> {
  const { name, argv, port, health } = options;
  let log = '';
  const child: ChildProcess = spawn(argv[0], argv.slice(1), {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `${name} healthy on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${log.slice(-3000)}`);
      const reply = await fetch(`${url}${health}`).catch(() => undefined);
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
