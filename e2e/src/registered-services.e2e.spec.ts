import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import { pollUntil, repoRoot } from '@rapport/testing';

interface Registration {
  name: string;
  port: number;
  health: string;
  command: string;
  /** A member route answered 200 for member m-1 with a gateway token. */
  smoke: string;
  /** False for a worker with no API: it serves /health and /metrics only. */
  api?: boolean;
}

const { services } = JSON.parse(
  readFileSync(path.join(repoRoot, 'infra/services.json'), 'utf8'),
) as {
  services: Registration[];
};

// Each registered service started exactly as `./rapport up` starts it (its own command, PORT set),
// on a spare port, against the test servers: healthy, closed to callers without a token.
describe.each(services)('registered service $name', (service) => {
  const port = service.port + 20_000;
  let child: ChildProcess;
  let log = '';
  let privateKeyPem: string;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    privateKeyPem = keys.privateKeyPem;
    const keyDir = mkdtempSync(path.join(tmpdir(), 'rapport-keys-'));
    const keyFile = path.join(keyDir, 'public.pem');
    writeFileSync(keyFile, keys.publicKeyPem);
    // Workers sign their own calls to services, as with ./rapport up.
    const privateKeyFile = path.join(keyDir, 'private.pem');
    writeFileSync(privateKeyFile, keys.privateKeyPem, { mode: 0o600 });
    child = spawn('bash', ['-c', `exec ${service.command}`], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: keyFile,
        RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: privateKeyFile,
        // Its own database, swept with the run's other test databases.
        [`RAPPORT_${service.name.toUpperCase()}_DB`]: `t_${process.env['RAPPORT_TEST_RUN_ID'] ?? 'e2e'}_${service.name}`,
        // A worker's own task queue and consumer group: a test never acts for the real ones.
        [`RAPPORT_${service.name.toUpperCase()}_TASK_QUEUE`]: `t-${process.env['RAPPORT_TEST_RUN_ID'] ?? 'e2e'}-${service.name}`,
        [`RAPPORT_${service.name.toUpperCase()}_BRIDGE_GROUP`]: `t-${process.env['RAPPORT_TEST_RUN_ID'] ?? 'e2e'}-${service.name}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await pollUntil(
      `${service.name} healthy on :${port}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${service.name} exited: ${log.slice(-2000)}`);
        const reply = await fetch(`http://127.0.0.1:${port}${service.health}`).catch(
          () => undefined,
        );
        return reply?.status === 200 ? true : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('answers /health and /metrics', async () => {
    const health = await fetch(`http://127.0.0.1:${port}${service.health}`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('process_cpu');
  });

  if (service.api === false) {
    it('has no API: no OpenAPI document and no member routes', async () => {
      expect((await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/members/m-1`)).status).toBe(404);
    });
    return;
  }

  it('serves its OpenAPI document and refuses a call without a token', async () => {
    const docs = (await (await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).json()) as {
      paths: object;
    };
    expect(Object.keys(docs.paths).length).toBeGreaterThan(0);
    const anonymous = await fetch(`http://127.0.0.1:${port}${service.smoke}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('serves a caller with a gateway token', async () => {
    const token = await signInternalToken(
      privateKeyPem,
      { tenantId: 'uni-e2e', actorId: 'm-1', role: 'member' },
      { audience: service.name },
    );
    const reply = await fetch(`http://127.0.0.1:${port}${service.smoke}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reply.status).toBe(200);
  });
});
