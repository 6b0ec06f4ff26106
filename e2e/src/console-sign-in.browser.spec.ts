import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './support/console-browser';
import {
  type GatewayKeys,
  gatewayKeys,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';

// The console in a real Chromium, served by the real gateway (its local OpenID provider) in front
// of the notifications service: signed out, signing in as the demo member through the code flow,
// Today.
describe('console in the browser', () => {
  let keys: GatewayKeys;
  let notifications: RunningService;
  let gateway: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    keys = await gatewayKeys();
    notifications = await startRegisteredService('notifications', keys, { label: 'console' });
    // The gateway serves the built console at its own origin: page, sign-in and API share one
    // origin and one cookie, as after `./rapport up`.
    gateway = await startRegisteredService('gateway', keys, {
      label: 'console',
      env: { RAPPORT_GATEWAY_UPSTREAM_NOTIFICATIONS: notifications.url },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await notifications?.stop();
  });

  // A context per test: its own cookies, and axe needs pages opened through a context.
  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    return context.newPage();
  }

  async function seriousViolations(page: Page): Promise<string[]> {
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

  async function signInAs(page: Page, login: string): Promise<void> {
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

  it('offers sign-in to a visitor, accessibly, at desktop and phone width', async () => {
    const page = await openPage();
    await page.goto(`${gateway.url}/today`);
    const signIn = page.getByRole('link', { name: 'Sign in with your institution' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(
      '/auth/demo-university/sign-in?returnTo=%2Ftoday',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-phone.png'), fullPage: true });
    await page.context().close();
  });

  it('signs the demo member in through the OIDC flow and shows Today', async () => {
    const page = await openPage();
    await page.goto(`${gateway.url}/today`);
    await signInAs(page, 'ada');
    await page.waitForURL(`${gateway.url}/today`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const areas = page.getByRole('navigation', { name: 'member areas' });
    expect(await areas.getByRole('link').allTextContents()).toEqual([
      'Today',
      'Network',
      'Pipeline',
      'Compose',
      'Interviews',
      'Settings',
    ]);
    // A member new to this run's notifications database has nothing due yet.
    await page.getByText('Nothing is due.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'today-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
    // At phone width nothing may overflow sideways. (A string: the e2e project compiles without
    // the DOM's types, and this runs in the page.)
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The page itself starts in the first screen, right under the navigation.
    const heading = await page.getByRole('heading', { name: 'Today', level: 1 }).boundingBox();
    expect(heading?.y).toBeLessThan(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'today-phone.png'), fullPage: true });
    await page.context().close();
  });
});
