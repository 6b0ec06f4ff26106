import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import {
  portIsFree,
  repoRoot,
  type ServiceRegistration,
  spawnRegisteredService,
} from '@rapport/testing';

/** A service as `infra/services.json` registers it for `./rapport up`. */
export interface Registration extends ServiceRegistration {
  /** A member route answered 200 for member m-1 with a gateway token. */
  smoke: string;
  /** False for a worker with no API: it serves /health and /metrics only. */
  api?: boolean;
  /** The gateway: it checks outside credentials itself and takes no internal token. */
  publicDoor?: boolean;
}

export const registeredServices: Registration[] = (
  JSON.parse(readFileSync(path.join(repoRoot, 'infra/services.json'), 'utf8')) as {
    services: Registration[];
  }
).services;

/** The key pair the gateway would sign with, written where the services read it. */
export interface GatewayKeys {
  readonly privateKeyPem: string;
  readonly publicKeyFile: string;
  readonly privateKeyFile: string;
}

export async function gatewayKeys(): Promise<GatewayKeys> {
  const keys = await generateInternalKeyPair();
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-keys-'));
  const publicKeyFile = path.join(dir, 'public.pem');
  const privateKeyFile = path.join(dir, 'private.pem');
  writeFileSync(publicKeyFile, keys.publicKeyPem);
  writeFileSync(privateKeyFile, keys.privateKeyPem, { mode: 0o600 });
  return { privateKeyPem: keys.privateKeyPem, publicKeyFile, privateKeyFile };
}

export interface RunningService {
  readonly registration: Registration;
  readonly url: string;
  readonly port: number;
  /** Calls the service as a gateway would, for a member of `tenantId`. */
  call(
    method: string,
    route: string,
    caller: { tenantId: string; actorId: string; role: 'member' | 'coach' | 'admin' | 'operator' },
    body?: unknown,
  ): Promise<Response>;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts a registered service exactly as `./rapport up` does (its own command, PORT set), on a
 * spare port, against the test servers, with a database, task queue and consumer groups of this
 * run only (`RAPPORT_<NAME>_DB`, `_TASK_QUEUE`, `_BRIDGE_GROUP`).
 */
export async function startRegisteredService(
  name: string,
  keys: GatewayKeys,
  options: {
    label?: string;
    env?: Record<string, string>;
    /** Added to port + 20000; a spec that may run beside another labelled one picks its own. */
    portOffset?: number;
  } = {},
): Promise<RunningService> {
  const registration = registeredServices.find((service) => service.name === name);
  if (!registration) throw new Error(`no service ${name} in infra/services.json`);
  const port = registration.port + 20_000 + (options.portOffset ?? (options.label ? 100 : 0));
  const run = `${process.env['RAPPORT_TEST_RUN_ID'] ?? 'e2e'}${options.label ? `_${options.label}` : ''}`;
  const upper = name.toUpperCase();
  // A process left from an earlier run on this port would pass the health check below for us.
  if (!(await portIsFree(port))) {
    throw new Error(
      `${name} cannot start on :${port}: something already listens there (a process left from an earlier run?)`,
    );
  }
  const running = await spawnRegisteredService(registration, port, {
    RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: keys.publicKeyFile,
    RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keys.privateKeyFile,
    [`RAPPORT_${upper}_DB`]: `t_${run}_${name}`,
    [`RAPPORT_${upper}_TASK_QUEUE`]: `t-${run}-${name}`.replace(/_/g, '-'),
    [`RAPPORT_${upper}_BRIDGE_GROUP`]: `t-${run}-${name}`.replace(/_/g, '-'),
    ...options.env,
  });
  const { url } = running;
  return {
    registration,
    url,
    port,
    async call(method, route, caller, body) {
      const token = await signInternalToken(keys.privateKeyPem, caller, { audience: name });
      return fetch(`${url}${route}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    log: () => running.log(),
    stop: () => running.stop(),
  };
}
