import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { repoRoot } from './servers';

/**
 * Jest global setup for the int and e2e levels: make sure the real servers answer, starting them
 * through infra/start.sh when they do not (idempotent, and quick when they already run), and give
 * this run an id that every suite's isolated names start with.
 */
export default function globalSetup(): void {
  process.env['RAPPORT_TEST_RUN_ID'] ??=
    `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  if (process.env['RAPPORT_INFRA'] === 'containers') {
    throw new Error(
      'RAPPORT_INFRA=containers: testcontainers cannot run on machines without a Docker engine, and this ' +
        'harness does not drive it yet. Start infra/compose/docker-compose.yml and set RAPPORT_MONGO_URL, ' +
        'RAPPORT_KAFKA_BROKERS and RAPPORT_TEMPORAL_ADDRESS instead.',
    );
  }
  execFileSync('bash', [path.join(repoRoot, 'infra/start.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
