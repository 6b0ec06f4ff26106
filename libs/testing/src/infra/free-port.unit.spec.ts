import { createServer } from 'node:net';
import { freePort, freePorts, portIsFree } from './free-port';

describe('freePorts', () => {
  it('hands out as many different ports as asked for, each one free to listen on', async () => {
    const ports = await freePorts(12);
    expect(ports).toHaveLength(12);
    expect(new Set(ports).size).toBe(12);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports[0], '127.0.0.1', resolve));
    expect(server.address()).toMatchObject({ port: ports[0] });
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives one port through freePort', async () => {
    expect(await freePort()).toBeGreaterThan(0);
  });
});

describe('portIsFree', () => {
  it('is false while something listens on the port and true once it has closed', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });
});
