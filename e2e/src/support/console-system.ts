import type { Browser, Page } from 'playwright-core';
import { keepScreenshot, launchChromium, seriousViolations, signInAs } from './console-browser';
import {
  gatewayKeys,
  registeredServices,
  type RunningService,
  startRegisteredService,
} from './registered-service';

/** The gateway (serving the console) in front of the services a browser spec's pages read. */
export interface ConsoleSystem {
  readonly gateway: RunningService;
  readonly upstreams: readonly RunningService[];
  readonly browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts the gateway and each upstream as `./rapport up` does (registered commands, ports +20100,
 * databases of the `console` label's own), and Chromium. The gateway is pointed at the ports the
 * services will get, so it need not wait for them: it starts first (its start is the heaviest)
 * beside the first upstream, and the others follow two at a time.
 */
export async function startConsoleSystem(upstreamNames: readonly string[]): Promise<ConsoleSystem> {
  const keys = await gatewayKeys();
  const upstreamUrl = (name: string) =>
    `http://127.0.0.1:${(registeredServices.find((service) => service.name === name)?.port ?? 0) + 20_100}`;
  const started: RunningService[] = [];
  const stop = () => Promise.all(started.map((service) => service.stop()));
  const start = async (name: string) => {
    const env = Object.fromEntries(
      name === 'gateway'
        ? upstreamNames.map((upstream) => [
            `RAPPORT_GATEWAY_UPSTREAM_${upstream.toUpperCase()}`,
            upstreamUrl(upstream),
          ])
        : [],
    );
    const service = await startRegisteredService(name, keys, { label: 'console', env });
    started.push(service);
    if (name !== 'gateway' && service.url !== upstreamUrl(name)) {
      throw new Error(`${name} started on ${service.url}, not where the gateway sends it`);
    }
    return service;
  };
  try {
    // Two at a time: all five together on two cores take longer than a start's health wait;
    // one at a time leaves a core idle while a service waits on Kafka and the database.
    const queue = ['gateway', ...upstreamNames];
    const lane = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        // A failed start ends both lanes: nothing else starts that the catch below would miss.
        await start(name).catch((error: unknown) => {
          queue.length = 0;
          throw error;
        });
      }
    };
    const lanes = await Promise.allSettled([lane(), lane()]);
    const failed = lanes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const gateway = started.find((service) => service.registration.name === 'gateway');
    if (!gateway) throw new Error('the gateway did not start');
    const browser = await launchChromium();
    return {
      gateway,
      upstreams: started.filter((service) => service !== gateway),
      browser,
      stop: async () => {
        await browser.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The pages a browser spec opens: one context per page (its own cookies; axe needs pages opened
 * through a context), signed in through the real OIDC flow, checked again at phone width.
 */
export function consolePages(system: () => ConsoleSystem) {
  async function openPage(): Promise<Page> {
    const context = await system().browser.newContext({ viewport: { width: 1280, height: 800 } });
    return context.newPage();
  }

  async function signedIn(login: string, path: string): Promise<Page> {
    const { url } = system().gateway;
    const page = await openPage();
    await page.goto(`${url}${path}`);
    await signInAs(page, login);
    await page.waitForURL(`${url}${path}`);
    return page;
  }

  /** The page fits a phone: axe again, and nothing overflows sideways. */
  async function checkAtPhoneWidth(page: Page, screenshot?: string): Promise<void> {
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await seriousViolations(page)).toEqual([]);
    // A string: the e2e project compiles without the DOM's types, and this runs in the page.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    if (screenshot) await keepScreenshot(page, screenshot);
  }

  return { openPage, signedIn, checkAtPhoneWidth };
}
