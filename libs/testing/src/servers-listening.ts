import { connect } from 'node:net';
import type { TestServers } from './servers';

/** host:port of each long-running server (Temporal's time-skipping server is started per test). */
export function serverPorts(servers: TestServers): { host: string; port: number }[] | undefined {
  try {
    const mongo = new URL(servers.mongoUrl);
    const sendgrid = new URL(servers.sendgridUrl);
    const endpoints = [
      `${mongo.hostname}:${mongo.port || '27017'}`,
      ...servers.kafkaBrokers,
      servers.temporalAddress,
      `${sendgrid.hostname}:${sendgrid.port || (sendgrid.protocol === 'https:' ? '443' : '80')}`,
    ];
    return endpoints.map((endpoint) => {
      const at = endpoint.lastIndexOf(':');
      const port = Number(endpoint.slice(at + 1));
      if (at <= 0 || !Number.isInteger(port)) throw new Error(`no port in ${endpoint}`);
      return { host: endpoint.slice(0, at), port };
    });
  } catch {
    // An address this cannot read (no port, not a URL): let infra/start.sh decide.
    return undefined;
  }
}

/** Whether every server accepts a TCP connection within `timeoutMs`. */
export async function allListening(servers: TestServers, timeoutMs = 1000): Promise<boolean> {
  const ports = serverPorts(servers);
  if (!ports) return false;
  const answers = await Promise.all(
    ports.map(
      ({ host, port }) =>
        new Promise<boolean>((resolve) => {
          const socket = connect({ host, port, timeout: timeoutMs });
          const done = (ok: boolean) => {
            socket.destroy();
            resolve(ok);
          };
          socket.once('connect', () => done(true));
          socket.once('timeout', () => done(false));
          socket.once('error', () => done(false));
        }),
    ),
  );
  return answers.every(Boolean);
}
