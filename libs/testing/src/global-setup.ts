import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { repoRoot, testServers } from './servers';
import { allListening } from './servers-listening';

/**
 * Jest global setup for the int and e2e levels: make sure the real servers answer, starting them
 * through infra/start.sh when they do not, and give this run an id that every suite's isolated
 * names start with. When every server already accepts connections, start.sh is skipped: its
 * protocol probes take 4 s even then (a Node process per server), paid by each of the twelve
 * projects' int runs and again by e2e, after `./rapport test` has started and probed them once.
 */
export default async function globalSetup(): Promise<void> {
  process.env['RAPPORT_TEST_RUN_ID'] ??=
    `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  if (process.env['RAPPORT_INFRA'] === 'containers') {
    throw new Error(
      'RAPPORT_INFRA=containers: testcontainers cannot run on machines without a Docker engine, and this ' +
        'harness does not drive it yet. Start infra/compose/docker-compose.yml and set RAPPORT_MONGO_URL, ' +
        'RAPPORT_KAFKA_BROKERS and RAPPORT_TEMPORAL_ADDRESS instead.',
    );
  }
  if (await allListening(testServers())) return;
  execFileSync('bash', [path.join(repoRoot, 'infra/start.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
