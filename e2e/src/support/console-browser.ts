import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
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

/** axe's serious and critical WCAG 2.0/2.1 A and AA violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // An axe that checked nothing (a blank page, a script that did not load) must not pass.
  expect(results.passes.map((rule) => rule.id)).toEqual(
    expect.arrayContaining(['color-contrast', 'html-has-lang', 'link-name']),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}

/** From the console's sign-in page through the local provider's login and consent forms. */
export async function signInAs(page: Page, login: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in with your institution' }).click();
  // oidc-provider's development login and consent forms, as the gateway's own spec fills them.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/login'));
  if (page.url().includes('/oidc/interaction/')) {
    await page.locator('button[type="submit"]').click();
  }
}

/** Saves a full-page screenshot under SCREENSHOTS, the browser specs' artifacts. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
