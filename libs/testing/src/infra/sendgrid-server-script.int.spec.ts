import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../servers';
import { freePort } from './free-port';

// The SendGrid capture server through the infra/ scripts, on a private data dir and a free port,
// so the shared one the other suites use is never touched.
describe('infra scripts with the SendGrid capture server', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-infra-sendgrid-'));
  let env: NodeJS.ProcessEnv;
  let url: string;

  function script(name: string, extra: NodeJS.ProcessEnv = {}) {
    const result = spawnSync('bash', [path.join(repoRoot, 'infra', `${name}.sh`), 'sendgrid'], {
      env: { ...env, ...extra },
      encoding: 'utf8',
      timeout: 60_000,
      // Any directory: the command line start.sh builds must not depend on it.
      cwd: tmpdir(),
    });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  }

  const recordedPid = () =>
    Number(readFileSync(path.join(dataDir, 'run/sendgrid.pid'), 'utf8').split(' ')[0]);

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      NO_COLOR: '1',
      RAPPORT_DATA_DIR: dataDir,
      RAPPORT_SENDGRID_PORT: String(port),
      RAPPORT_START_TIMEOUT: '30',
    };
    delete env['RAPPORT_SENDGRID_URL'];
  });

  afterAll(() => {
    script('stop');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts it, reports it healthy, keeps mail in the data dir, and stops it', async () => {
    const started = script('start');
    expect(started.out).toContain(`sendgrid: ready at ${url}`);
    expect(started.code).toBe(0);
    expect(script('status')).toEqual({
      code: 0,
      out: expect.stringMatching(/sendgrid\s+healthy .*health ok \(0 messages\)/) as unknown,
    });
    expect(script('start').out).toContain(`sendgrid: already running (pid ${recordedPid()})`);

    const sent = await fetch(`${url}/v3/mail/send`, {
      method: 'POST',
      headers: { authorization: 'Bearer SG.scripts', 'content-type': 'application/json' },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: 'a@example.org' }] }],
        from: { email: 'rapport@example.edu' },
        subject: 'via the scripts',
        content: [{ type: 'text/plain', value: 'hi' }],
      }),
    });
    expect(sent.status).toBe(202);
    expect(readFileSync(path.join(dataDir, 'sendgrid-capture/messages.jsonl'), 'utf8')).toContain(
      sent.headers.get('x-message-id'),
    );

    const pid = recordedPid();
    const stopped = script('stop');
    expect(stopped.out).toContain(`sendgrid: stopped (pid ${pid})`);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(script('status').code).toBe(1);
  });

  it('only probes an external server given by RAPPORT_SENDGRID_URL', () => {
    expect(script('start').code).toBe(0);
    const external = { RAPPORT_SENDGRID_URL: url, RAPPORT_DATA_DIR: `${dataDir}-elsewhere` };
    try {
      const started = script('start', external);
      expect(started.code).toBe(0);
      expect(started.out).toContain(`sendgrid: using external ${url}`);

      const dead = script('start', {
        ...external,
        RAPPORT_SENDGRID_URL: 'http://127.0.0.1:9',
        RAPPORT_START_TIMEOUT: '2',
      });
      expect(dead.code).not.toBe(0);
      expect(dead.out).toContain('sendgrid: external server http://127.0.0.1:9 does not answer');
    } finally {
      rmSync(`${dataDir}-elsewhere`, { recursive: true, force: true });
    }
  });
});
