import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { pollUntil, repoRoot } from '@rapport/testing';

/** Screenshots the browser specs keep, under the git-ignored data folder. */
export const SCREENSHOTS = path.join(
  process.env['RAPPORT_DATA_DIR'] ?? path.join(repoRoot, '.rapport'),
  'screenshots/console',
);

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Debian's chromium as infra/chromium.sh installs it, or RAPPORT_CHROMIUM. */
export async function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env['RAPPORT_CHROMIUM'] ||
    execFileSync('bash', [path.join(repoRoot, 'infra/chromium.sh'), 'path'], {
      encoding: 'utf8',
    }).trim();
  if (!existsSync(executablePath)) {
    throw new Error(`no chromium at ${executablePath}: run infra/install.sh chromium`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  // No sandbox: these machines run as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}

export interface ConsoleServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The built console (services/console/dist) served by `vite preview` on PORT, with the gateway's
 * routes proxied to GATEWAY_URL, as a person's browser would reach it.
 */
export async function serveConsole(port: number, gatewayUrl: string): Promise<ConsoleServer> {
  const consoleDir = path.join(repoRoot, 'services/console');
  if (!existsSync(path.join(consoleDir, 'dist/index.html'))) {
    throw new Error('services/console/dist is missing: run `npx vite build` in services/console');
  }
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: consoleDir,
      env: { ...process.env, RAPPORT_GATEWAY_URL: gatewayUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    `the console on :${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`vite preview exited: ${log.slice(-2000)}`);
      const reply = await fetch(url).catch(() => undefined);
      return reply?.status === 200 ? true : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
