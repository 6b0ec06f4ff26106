import { createServer, type Server } from 'node:net';

/**
 * Ports on 127.0.0.1 that were free a moment ago, all different: for a private server started by a
 * script spec. Every listener stays open until all the ports are taken, so two asked for in one
 * call are never the same (CI once got one port for Temporal's HTTP and metrics listeners from two
 * calls of `freePort`, and the dev server could not start).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    }
    return servers.map((server) => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      return address.port;
    });
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** A port on 127.0.0.1 that was free a moment ago (one of `freePorts`). */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  if (port === undefined) throw new Error('no port');
  return port;
}

/**
 * Whether nothing listens on the port on 127.0.0.1 now. A spec that starts a server on a fixed port
 * checks this first: a process left from an earlier run would otherwise answer its health check,
 * and the spec would talk to it (the console browser specs once signed in against a gateway whose
 * database was gone).
 */
export async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
