import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { type ServerAddresses, serverAddresses } from '@rapport/platform';

export interface TestServers extends ServerAddresses {
  /** The wrapper script around Temporal's Java time-skipping test server (infra/install.sh). */
  temporalTestServer: string;
}

const repoRoot = path.resolve(__dirname, '../../..');

/** The servers the tests use (see serverAddresses), plus the time-skipping test server. */
export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const cacheDir = env['RAPPORT_CACHE_DIR'] || path.join(homedir(), '.cache/rapport');
  return {
    ...serverAddresses(env),
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
