import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export interface TestServers {
  mongoUrl: string;
  kafkaBrokers: string[];
  temporalAddress: string;
  temporalNamespace: string;
  /** The wrapper script around Temporal's Java time-skipping test server (infra/install.sh). */
  temporalTestServer: string;
}

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * Where the servers are: the external ones when RAPPORT_MONGO_URL / RAPPORT_KAFKA_BROKERS /
 * RAPPORT_TEMPORAL_ADDRESS are set, else the local ones on their (overridable) ports.
 * Mirrors server_endpoint in infra/lib.sh.
 */
export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const cacheDir = env['RAPPORT_CACHE_DIR'] || path.join(homedir(), '.cache/rapport');
  return {
    mongoUrl:
      env['RAPPORT_MONGO_URL'] || `mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT'] || 27017}/`,
    kafkaBrokers: (
      env['RAPPORT_KAFKA_BROKERS'] || `127.0.0.1:${env['RAPPORT_KAFKA_PORT'] || 9092}`
    ).split(','),
    temporalAddress:
      env['RAPPORT_TEMPORAL_ADDRESS'] || `127.0.0.1:${env['RAPPORT_TEMPORAL_PORT'] || 7233}`,
    temporalNamespace: env['RAPPORT_TEMPORAL_NAMESPACE'] || 'default',
    temporalTestServer:
      env['RAPPORT_TEMPORAL_TEST_SERVER'] ||
      path.join(
        cacheDir,
        `temporal-test-server-${pinnedVersion('TEMPORAL_TEST_SERVER_VERSION')}`,
        'bin/temporal-test-server',
      ),
  };
}

/** A version pinned in infra/versions.env, the single source of server versions. */
export function pinnedVersion(name: string): string {
  const versions = readFileSync(path.join(repoRoot, 'infra/versions.env'), 'utf8');
  const match = new RegExp(`^${name}=(\\S+)`, 'm').exec(versions);
  if (!match?.[1]) throw new Error(`${name} is missing from infra/versions.env`);
  return match[1];
}

export { repoRoot };
