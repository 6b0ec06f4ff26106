import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@rapport/testing';

// The whole system as `./rapport status` sees it: every server answers a real protocol round trip.
// Each service adds its health check here when it registers in infra/services.json.
describe('the running system', () => {
  it('has three healthy servers', () => {
    const status = spawnSync('bash', [path.join(repoRoot, 'infra/status.sh')], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(status.stdout).toMatch(/ferretdb\s+healthy/);
    expect(status.stdout).toMatch(/kafka\s+healthy/);
    expect(status.stdout).toMatch(/temporal\s+healthy/);
    expect(status.status).toBe(0);
  });
});
