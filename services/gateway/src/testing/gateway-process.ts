import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateInternalKeyPair } from '@rapport/platform/http';
import { freePort, type RegisteredProcess, spawnUntilHealthy } from '@rapport/testing';

export interface GatewayProcess extends RegisteredProcess {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
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
  const running = await spawnUntilHealthy({
    name: 'the gateway',
    argv: [
      process.execPath,
      ...(options.nodeArgs ?? []),
      '-r',
      '@swc-node/register',
      'services/gateway/src/main.ts',
    ],
    port,
    env: {
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      RAPPORT_GATEWAY_DB: options.database,
      RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keyFile,
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    health: '/health',
  });
  return { ...running, ...keys };
}
