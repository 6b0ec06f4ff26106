import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pollUntil } from '../poll';
import { repoRoot } from '../servers';
import { freePorts } from './free-port';
import { isRunning } from './processes';

// The infra/ scripts themselves, driven as a person would: start, status, kill, taken port, stop.
// They run against a private data dir and free ports, so the servers the other suites use are
// never touched. FerretDB stands in for all three: it starts in about a second.
describe('infra scripts (start, status, stop) on a private FerretDB', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-infra-'));
  let env: NodeJS.ProcessEnv;

  function script(name: string, ...args: string[]) {
    const result = spawnSync('bash', [path.join(repoRoot, 'infra', `${name}.sh`), ...args], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  }

  function recordedPid(): number {
    const [pid] = readFileSync(path.join(dataDir, 'run/ferretdb.pid'), 'utf8').split(' ');
    return Number(pid);
  }

  beforeAll(async () => {
    const [mongoPort, debugPort] = await freePorts(2);
    env = {
      ...process.env,
      NO_COLOR: '1',
      RAPPORT_DATA_DIR: dataDir,
      RAPPORT_MONGO_PORT: String(mongoPort),
      RAPPORT_FERRETDB_DEBUG_PORT: String(debugPort),
      RAPPORT_START_TIMEOUT: '30',
    };
    delete env['RAPPORT_MONGO_URL'];
  });

  afterAll(() => {
    script('stop', 'ferretdb');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a server, reports it healthy, and says it already runs on a second start', () => {
    const started = script('start', 'ferretdb');
    expect(started.code).toBe(0);
    expect(started.out).toMatch(
      new RegExp(`ferretdb: ready at mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT']}/`),
    );

    const status = script('status', 'ferretdb');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/ferretdb\s+healthy .*ping ok/);

    const again = script('start', 'ferretdb');
    expect(again.code).toBe(0);
    expect(again.out).toContain(`ferretdb: already running (pid ${recordedPid()})`);
  });

  it('uses an external server instead of starting one when its URL is given', () => {
    const external = {
      ...env,
      RAPPORT_DATA_DIR: `${dataDir}-elsewhere`,
      RAPPORT_MONGO_URL: `mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT']}/`,
    };
    const run = (name: string, extra: NodeJS.ProcessEnv = {}) =>
      spawnSync('bash', [path.join(repoRoot, 'infra', `${name}.sh`), 'ferretdb'], {
        env: { ...external, ...extra },
        encoding: 'utf8',
        timeout: 60_000,
      });
    try {
      const started = run('start');
      expect(started.status).toBe(0);
      expect(started.stdout).toContain(
        `ferretdb: using external mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT']}/`,
      );
      expect(run('status').stdout).toMatch(/ferretdb\s+healthy\s+external/);

      const dead = run('start', {
        RAPPORT_MONGO_URL: 'mongodb://127.0.0.1:9/',
        RAPPORT_START_TIMEOUT: '2',
      });
      expect(dead.status).not.toBe(0);
      expect(dead.stderr).toContain(
        'ferretdb: external server mongodb://127.0.0.1:9/ does not answer',
      );
    } finally {
      rmSync(`${dataDir}-elsewhere`, { recursive: true, force: true });
    }
  });

  it('reports a killed server as stopped and exits non-zero', async () => {
    const pid = recordedPid();
    process.kill(pid, 'SIGKILL');
    await pollUntil('the killed server gone', () => (isRunning(pid) ? undefined : true));
    const status = script('status', 'ferretdb');
    expect(status.code).toBe(1);
    expect(status.out).toMatch(/ferretdb\s+stopped/);
  });

  it('refuses to start on a port another process holds, naming the port', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) =>
      squatter.listen(Number(env['RAPPORT_MONGO_PORT']), '127.0.0.1', resolve),
    );
    try {
      const started = script('start', 'ferretdb');
      expect(started.code).not.toBe(0);
      expect(started.out).toContain(
        `port ${env['RAPPORT_MONGO_PORT']} on 127.0.0.1 is already in use`,
      );
      expect(script('status', 'ferretdb').out).toMatch(
        /ferretdb\s+FOREIGN\s+port \d+ is held by a process/,
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('stop signals only the pid it recorded, and only while it is still our process', async () => {
    // A pid file pointing at an unrelated process (as after a pid is recycled) must not kill it.
    const bystander: ChildProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const exited = new Promise((resolve) => bystander.once('exit', resolve));
    try {
      writeFileSync(path.join(dataDir, 'run/ferretdb.pid'), `${bystander.pid} ${dataDir}\n`);
      const stopped = script('stop', 'ferretdb');
      expect(stopped.code).toBe(0);
      expect(stopped.out).toContain('ferretdb: not running');
      // spawnSync held the event loop, so a killed bystander would still be an unreaped zombie
      // with no exit code and a pid that answers kill(0): only its state in /proc tells.
      expect(isRunning(bystander.pid!)).toBe(true);
    } finally {
      bystander.kill();
      await exited;
    }

    expect(script('start', 'ferretdb').code).toBe(0);
    const pid = recordedPid();
    const stopped = script('stop', 'ferretdb');
    expect(stopped.out).toContain(`ferretdb: stopped (pid ${pid})`);
    expect(isRunning(pid)).toBe(false);
  });
});
