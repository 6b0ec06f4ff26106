import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UPSTREAM_SERVICES, type UpstreamService } from './upstream-routes';

const REGISTRY = path.resolve(__dirname, '../../../../infra/services.json');

/**
 * Where each service listens: `RAPPORT_GATEWAY_UPSTREAM_<NAME>` when set (another host, a test's
 * port), else 127.0.0.1 on the port it registered in infra/services.json. A service that has not
 * registered yet (interviews while it is being built) has no address and answers 503.
 */
export function upstreamAddresses(
  env: NodeJS.ProcessEnv,
): Partial<Record<UpstreamService, string>> {
  const registered = (
    JSON.parse(readFileSync(REGISTRY, 'utf8')) as {
      services: { name: string; port: number }[];
    }
  ).services;
  const addresses: Partial<Record<UpstreamService, string>> = {};
  for (const service of UPSTREAM_SERVICES) {
    const override = env[`RAPPORT_GATEWAY_UPSTREAM_${service.toUpperCase()}`];
    const port = registered.find((entry) => entry.name === service)?.port;
    const address = override || (port ? `http://127.0.0.1:${port}` : undefined);
    if (address) addresses[service] = address.replace(/\/+$/, '');
  }
  return addresses;
}
