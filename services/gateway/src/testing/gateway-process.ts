import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateInternalKeyPair } from '@rapport/platform/http';
import { freePort, pollUntil, repoRoot } from '@rapport/testing';

export interface GatewayProcess {
  readonly url: string;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * The gateway started as `./rapport up` starts it (its main, through @swc-node/register), on a
 * spare port. A process rather than an in-Jest app: the OpenID libraries are ES modules, which
 * Node loads and Jest's CommonJS runtime does not.
 */
export async function startGatewayProcess(options: {
  database: string;
  env?: Record<string, string>;
  keys?: { privateKeyPem: string; publicKeyPem: string };
  /** Node options before the script, e.g. `--cpu-prof` to profile it (NODE_OPTIONS refuses it). */
  nodeArgs?: readonly string[];
}): Promise<GatewayProcess> {
  const keys = options.keys ?? (await generateInternalKeyPair());
  const keyFile = path.join(tmpdir(), `rapport-gateway-${process.pid}-${Date.now()}.pem`);
  writeFileSync(keyFile, keys.privateKeyPem, { mode: 0o600 });
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '-r', '@swc-node/register', 'services/gateway/src/main.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        PORT: String(port),
        RAPPORT_GATEWAY_DB: options.database,
        RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keyFile,
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `the gateway healthy on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`the gateway exited: ${log.slice(-3000)}`);
      const reply = await fetch(`${url}/health`).catch(() => undefined);
      return reply?.status === 200 ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  return {
    url,
    ...keys,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
