import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { repoRoot } from '@rapport/testing';

/** Screenshots the browser specs keep, under the git-ignored data folder. */
export const SCREENSHOTS = path.join(
  process.env['RAPPORT_DATA_DIR'] ?? path.join(repoRoot, '.rapport'),
  'screenshots/console',
);

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
