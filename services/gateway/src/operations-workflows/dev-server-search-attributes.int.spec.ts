import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { RELATIONSHIP_SEARCH_ATTRIBUTES } from '@rapport/contracts';
import { freePorts, repoRoot } from '@rapport/testing';

// The API's enum value for a keyword attribute, spelled out: @temporalio/proto is not our dependency.
const KEYWORD = 2;

function run(script: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync('bash', [path.join(repoRoot, 'infra', script), ...args], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

// The operator routes count relationships by these attributes. The relationship worker registers
// them at its start, but the gateway may be asked before any worker ran (CI met exactly that:
// "RapportStage is not a valid search attribute", a 500). So a dev server started by infra/start.sh
// has them from its first second. A private server on free ports and an empty data dir: the
// shared one has long had them registered by whichever spec ran first.
describe('a fresh Temporal dev server from infra/start.sh', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-temporal-attrs-'));
  let env: NodeJS.ProcessEnv;
  let connection: Connection | undefined;

  beforeAll(async () => {
    env = { ...process.env, NO_COLOR: '1', RAPPORT_DATA_DIR: dataDir, RAPPORT_TEMPORAL_UI: '0' };
    const names = ['PORT', 'HTTP_PORT', 'METRICS_PORT', 'UI_PORT'];
    const ports = await freePorts(names.length);
    names.forEach((name, index) => {
      env[`RAPPORT_TEMPORAL_${name}`] = String(ports[index]);
    });
    delete env['RAPPORT_TEMPORAL_ADDRESS'];
    const started = run('start.sh', env, 'temporal');
    if (started.code !== 0) throw new Error(`private Temporal did not start:\n${started.out}`);
    connection = await Connection.connect({
      address: `127.0.0.1:${env['RAPPORT_TEMPORAL_PORT']}`,
    });
  }, 90_000);

  afterAll(async () => {
    await connection?.close();
    run('stop.sh', env, 'temporal');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('already knows the relationship workflow’s search attributes, as keywords', async () => {
    const listed = await connection!.operatorService.listSearchAttributes({
      namespace: env['RAPPORT_TEMPORAL_NAMESPACE'] ?? 'default',
    });
    const custom = listed.customAttributes ?? {};
    for (const name of Object.values(RELATIONSHIP_SEARCH_ATTRIBUTES)) {
      expect({ name, type: custom[name] }).toEqual({ name, type: KEYWORD });
    }
  });
});
