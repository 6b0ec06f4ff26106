import { type Admin, type Kafka } from 'kafkajs';
import { type Db } from 'mongodb';

/** One dependency /health checks; `check` throws when it is down. */
export interface HealthProbe {
  readonly name: string;
  check(): Promise<void>;
  /** Releases connections the probe keeps open; called on application shutdown. */
  close?(): Promise<void>;
  /**
   * Shown with the probe's `up` in /health details: what an operator should know although the
   * service is healthy (a feature switched off for want of a key). `./rapport status` repeats it.
   */
  readonly note?: string;
}

/** Never down; only says something in /health, such as a feature the configuration switched off. */
export function noticeProbe(name: string, note: string): HealthProbe {
  return { name, note, check: () => Promise.resolve() };
}

export const HEALTH_PROBES = 'HEALTH_PROBES';

// A health endpoint must answer well within the orchestrator's probe timeout, whatever the
// clients' own (much longer) retry and server-selection timeouts are.
const PROBE_TIMEOUT_MS = 2_000;

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function mongoProbe(db: Db): HealthProbe {
  return {
    name: 'mongo',
    async check() {
      await withTimeout(db.command({ ping: 1 }), PROBE_TIMEOUT_MS, 'MongoDB ping');
    },
  };
}

/** Connects one admin client on first use and reuses it; a failed connection is retried next check. */
export function kafkaProbe(kafka: Kafka): HealthProbe {
  let admin: Admin | undefined;
  let connected: Promise<Admin> | undefined;

  const connect = (): Promise<Admin> => {
    if (!connected) {
      const client = (admin = kafka.admin());
      connected = client.connect().then(
        () => client,
        async (error: unknown) => {
          connected = undefined;
          await client.disconnect().catch(() => undefined);
          throw error;
        },
      );
    }
    return connected;
  };

  return {
    name: 'kafka',
    async check() {
      const work = connect().then((client) => client.describeCluster());
      const cluster = await withTimeout(work, PROBE_TIMEOUT_MS, 'Kafka describeCluster');
      if (cluster.brokers.length === 0) throw new Error('Kafka reports no brokers');
    },
    async close() {
      connected = undefined;
      await admin?.disconnect();
    },
  };
}

/** The part of a Temporal client connection the probe needs (structural, so no SDK import here). */
export interface TemporalServiceLike {
  readonly workflowService: { getSystemInfo(request: object): Promise<unknown> };
}

/** Asks the Temporal frontend for its system info: answers only when the server serves calls. */
export function temporalProbe(connection: TemporalServiceLike): HealthProbe {
  return {
    name: 'temporal',
    async check() {
      await withTimeout(
        connection.workflowService.getSystemInfo({}),
        PROBE_TIMEOUT_MS,
        'Temporal system info',
      );
    },
  };
}
