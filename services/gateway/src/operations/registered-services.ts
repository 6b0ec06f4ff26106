import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const REGISTRY = path.resolve(__dirname, '../../../../infra/services.json');

const registry = z.object({
  services: z.array(
    z.object({
      name: z.string(),
      port: z.number().int(),
      health: z.string().startsWith('/'),
      api: z.boolean().optional(),
    }),
  ),
});

export interface RegisteredService {
  readonly name: string;
  /** Where its health answers: `RAPPORT_GATEWAY_UPSTREAM_<NAME>` when set, else its port here. */
  readonly healthUrl: string;
  readonly kind: 'gateway' | 'service' | 'worker';
}

/**
 * Every process registered in infra/services.json (the one place `./rapport up` reads), so a
 * service added there is checked without a change here. The gateway checks itself on its own
 * port; the override variables are the ones the forwarding already uses for another host.
 */
export function registeredServices(
  env: NodeJS.ProcessEnv,
  gatewayPort: number,
): RegisteredService[] {
  const { services } = registry.parse(JSON.parse(readFileSync(REGISTRY, 'utf8')));
  return services.map((service) => {
    const isGateway = service.name === 'gateway';
    const override = env[`RAPPORT_GATEWAY_UPSTREAM_${service.name.toUpperCase()}`];
    const base = isGateway
      ? `http://127.0.0.1:${gatewayPort}`
      : (override || `http://127.0.0.1:${service.port}`).replace(/\/+$/, '');
    return {
      name: service.name,
      healthUrl: `${base}${service.health}`,
      kind: isGateway ? 'gateway' : service.api === false ? 'worker' : 'service',
    };
  });
}
