import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pollUntil } from '../poll';
import { repoRoot, testServers } from '../servers';
import { freePort } from './free-port';
import { isRunning, processesMentioning } from './processes';

// `./rapport up` keeps what it starts running: a stand-in service registered through
// RAPPORT_SERVICES_FILE (a few lines of node answering /health) is killed twice and comes back
// each time with a new pid, after a back-off that doubles; status shows the restarts and the last
// exit; `down` leaves no process behind. The servers are the shared ones, given as external, so
// `up` only probes them, and installs are skipped: npm ci must not run in a tree others use.
describe('./rapport up supervises the services it starts', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-supervise-'));
  const backoffMs = 400;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let up: ChildProcess | undefined;
  let upExited: Promise<unknown> = Promise.resolve();

  function rapport(command: string): Promise<{ code: number; out: string }> {
    return new Promise((resolve) => {
      execFile(
        path.join(repoRoot, 'rapport'),
        [command],
        { env, encoding: 'utf8', timeout: 90_000 },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            out: `${stdout}${stderr}`,
          }),
      );
    });
  }

  const servicePid = () =>
    Number(readFileSync(path.join(dataDir, 'run/svc-stand-in.pid'), 'utf8').trim());
  const state = () =>
    Object.fromEntries(
      readFileSync(path.join(dataDir, 'run/svc-stand-in.state'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );

  /** Polls status until the stand-in is healthy with `restarts` restarts, and returns its line. */
  const healthyAfter = (restarts: number) =>
    pollUntil(
      `the stand-in healthy after ${restarts} restart(s)`,
      async () => {
        const status = await rapport('status');
        const line = status.out.split('\n').find((l) => l.trim().startsWith('stand-in'));
        return status.code === 0 && line?.includes(`restarts ${restarts}`) ? line : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );

  beforeAll(async () => {
    port = await freePort();
    const servers = testServers();
    const standIn = path.join(dataDir, 'stand-in.js');
    writeFileSync(
      standIn,
      `require('node:http').createServer((req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ status: 'ok', details: { webhooks: { status: 'up', note: 'disabled: no TEST_KEY' } } }));
      }).listen(Number(process.env.PORT), '127.0.0.1');`,
    );
    const registry = path.join(dataDir, 'services.json');
    writeFileSync(
      registry,
      JSON.stringify({
        services: [
          {
            name: 'stand-in',
            port,
            health: '/health',
            command: `node ${standIn}`,
            smoke: '/health',
            api: false,
          },
        ],
      }),
    );
    env = {
      ...process.env,
      NO_COLOR: '1',
      RAPPORT_DATA_DIR: dataDir,
      RAPPORT_SERVICES_FILE: registry,
      RAPPORT_SKIP_INSTALL: '1',
      RAPPORT_MONGO_URL: servers.mongoUrl,
      RAPPORT_KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      RAPPORT_TEMPORAL_ADDRESS: servers.temporalAddress,
      RAPPORT_SENDGRID_URL: servers.sendgridUrl,
      RAPPORT_RESTART_BASE_MS: String(backoffMs),
      RAPPORT_START_TIMEOUT: '60',
    };
  });

  afterAll(async () => {
    if (up && up.exitCode === null) await rapport('down');
    up?.kill('SIGKILL');
    await upExited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts a killed service with back-off, shows it in status, and down stops everything', async () => {
    const output = openSync(path.join(dataDir, 'up.out'), 'w');
    up = spawn(path.join(repoRoot, 'rapport'), ['up'], { env, stdio: ['ignore', output, output] });
    upExited = new Promise((resolve) => up!.once('exit', resolve));

    const first = await healthyAfter(0);
    expect(first).toMatch(/stand-in\s+healthy/);
    // Status can see the service healthy before `up` has seen it: `up` treats an exit during its own
    // start-up wait as a failed start and stops everything, so kill only once `up` says it is up.
    await pollUntil(
      '`up` to report that everything is up',
      () =>
        readFileSync(path.join(dataDir, 'up.out'), 'utf8').includes('Rapport is up')
          ? true
          : undefined,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    // What the service says about itself in /health is repeated, not worked out again.
    expect(first).toContain('— webhooks disabled: no TEST_KEY');
    const firstPid = servicePid();
    expect(isRunning(firstPid)).toBe(true);
    const supervisor = Number(
      readFileSync(path.join(dataDir, 'run/svc-stand-in.supervisor.pid'), 'utf8').split(' ')[0],
    );

    process.kill(firstPid, 'SIGKILL');
    const second = await healthyAfter(1);
    expect(second).toMatch(/last exit: signal KILL at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    const secondPid = servicePid();
    expect(secondPid).not.toBe(firstPid);
    expect(isRunning(secondPid)).toBe(true);
    expect(isRunning(firstPid)).toBe(false);
    expect(second).toContain(`pid ${secondPid}`);
    const once = state();
    expect(Number(once['started_ms']) - Number(once['last_exit_ms'])).toBeGreaterThanOrEqual(
      backoffMs,
    );

    // A second crash soon after waits twice as long.
    process.kill(secondPid, 'SIGKILL');
    await healthyAfter(2);
    const twice = state();
    expect(Number(twice['started_ms']) - Number(twice['last_exit_ms'])).toBeGreaterThanOrEqual(
      2 * backoffMs,
    );
    const thirdPid = servicePid();
    expect([firstPid, secondPid]).not.toContain(thirdPid);

    const down = await rapport('down');
    expect(down.code).toBe(0);
    await upExited;
    // `up` stops its own services when `down` tells it to.
    expect(readFileSync(path.join(dataDir, 'up.out'), 'utf8')).toContain(
      'service stand-in: stopped',
    );
    await pollUntil(
      'no process of this run left',
      () => (processesMentioning(dataDir).length === 0 ? true : undefined),
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    for (const pid of [supervisor, thirdPid]) expect(isRunning(pid)).toBe(false);
    const status = await rapport('status');
    expect(status.code).toBe(1);
    expect(status.out).toMatch(/stand-in\s+stopped/);
  });

  it('down stops the services of an up that was killed outright', async () => {
    const output = openSync(path.join(dataDir, 'up-2.out'), 'w');
    up = spawn(path.join(repoRoot, 'rapport'), ['up'], { env, stdio: ['ignore', output, output] });
    upExited = new Promise((resolve) => up!.once('exit', resolve));
    await healthyAfter(0);
    const pid = servicePid();

    up.kill('SIGKILL');
    await upExited;
    // The supervisor lives in a session of its own: the service goes on, supervised.
    expect(isRunning(pid)).toBe(true);
    expect((await healthyAfter(0)).includes(`pid ${pid}`)).toBe(true);

    expect((await rapport('down')).code).toBe(0);
    await pollUntil(
      'no process of this run left',
      () => (processesMentioning(dataDir).length === 0 ? true : undefined),
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    expect(isRunning(pid)).toBe(false);
  });
});
