import {
  freePort,
  type RegisteredProcess,
  serviceRegistration,
  spawnRegisteredService,
} from '@rapport/testing';

export type ServiceProcess = RegisteredProcess;

/**
 * A service started with the command it registered in infra/services.json, on a spare port, with
 * the gateway's public key and whatever database and consumer-group variables the spec gives.
 */
export async function startRegisteredService(
  name: string,
  env: Record<string, string>,
  options: {
    timeoutMs?: number;
    /** Known before the start, so a gateway can be pointed at it while both start. */
    port?: number;
  } = {},
): Promise<ServiceProcess> {
  const registration = serviceRegistration(name);
  const port = options.port ?? (await freePort());
  return spawnRegisteredService(
    registration,
    port,
    { LOG_LEVEL: 'warn', ...env },
    options.timeoutMs,
  );
}
