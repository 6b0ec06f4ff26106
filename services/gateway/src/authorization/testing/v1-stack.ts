import { generateInternalKeyPair } from '@rapport/platform/http';
import { freePorts, isolateSuite, type SuiteIsolation } from '@rapport/testing';
import { UPSTREAM_SERVICES } from '../../forwarding/upstream-routes';
import { type GatewayProcess, startGatewayProcess } from '../../testing/gateway-process';
import { type ServiceProcess, startRegisteredService } from '../../testing/service-process';

/** The gateway in front of the five services, each a process started as registered. */
export interface V1Stack {
  readonly suite: SuiteIsolation;
  readonly keys: { privateKeyPem: string; publicKeyPem: string };
  readonly services: ReadonlyMap<string, ServiceProcess>;
  readonly gateway: GatewayProcess;
}

// Two at a time: six Node processes compiling at once on two shared cores can take longer than
// a start's deadline, one at a time leaves a core idle while a service waits on Kafka's groups.
const AT_ONCE = 2;

/**
 * Starts the stack once for the whole spec file (beforeAll at the file's top level) and stops it
 * after the file's last test. The /v1 document spec and the authorization matrix need the same
 * six processes, which take most of their time to start (about 30 s on a quiet machine, minutes
 * under load), so they run as describe blocks of one file against one stack. Jest runs each file
 * in a module registry of its own, so sharing across files would need a globalSetup that every
 * int spec of the gateway pays for; one file is the simpler way to one start.
 */
export function useV1Stack(label: string): () => V1Stack {
  const suite = isolateSuite(label);
  const services = new Map<string, ServiceProcess>();
  const databaseOf = (service: string) => `${suite.dbName}_${service}`;
  let stack: V1Stack | undefined;
  let gateway: GatewayProcess | undefined;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    // Ports chosen first, so the gateway starts beside the services instead of after them (it
    // reads their documents and routes per request, not at its start).
    const free = await freePorts(UPSTREAM_SERVICES.length);
    const ports = new Map<string, number>(
      UPSTREAM_SERVICES.map((service, index) => [service, free[index] ?? 0]),
    );
    const startService = async (service: string) => {
      const upper = service.toUpperCase();
      const started = await startRegisteredService(
        service,
        {
          RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
          [`RAPPORT_${upper}_DB`]: databaseOf(service),
          [`RAPPORT_${upper}_TASK_QUEUE`]: `${suite.taskQueue}-${service}`,
          [`RAPPORT_${upper}_BRIDGE_GROUP`]: `${suite.id}-${service}`,
        },
        { timeoutMs: 150_000, port: ports.get(service) },
      );
      services.set(service, started);
    };
    const startGateway = async () => {
      gateway = await startGatewayProcess({
        database: suite.dbName,
        keys,
        env: Object.fromEntries(
          [...ports].map(([name, port]) => [
            `RAPPORT_GATEWAY_UPSTREAM_${name.toUpperCase()}`,
            `http://127.0.0.1:${port}`,
          ]),
        ),
      });
    };
    // The gateway first: its start is the heaviest. A failed start empties the queue, and every
    // lane settles before the failure is thrown, so afterAll stops all that did start.
    const queue: Array<() => Promise<void>> = [
      startGateway,
      ...UPSTREAM_SERVICES.map((service) => () => startService(service)),
    ];
    const lane = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await next().catch((error: unknown) => {
          queue.length = 0;
          throw error;
        });
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: AT_ONCE }, lane));
    const failed = lanes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    if (gateway) stack = { suite, keys, services, gateway };
  }, 600_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([...services.values()].map((service) => service.stop()));
    const db = await suite.db();
    await Promise.all(
      UPSTREAM_SERVICES.map((service) => db.client.db(databaseOf(service)).dropDatabase()),
    );
    await suite.cleanup();
  }, 120_000);

  return () => {
    if (!stack) throw new Error('the /v1 stack did not start (see the beforeAll failure)');
    return stack;
  };
}
