import { createServer, type Server } from 'node:http';
import { fetch } from 'undici';
import { guardedDispatcher } from './guarded-dispatcher';

/** A real server on the loopback, reached by name so that the connection's own lookup decides. */
describe('the guarded dispatcher', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    url = `http://localhost:${address.port}/hook`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('connects to the loopback when local receivers are allowed', async () => {
    const reply = await fetch(url, { dispatcher: guardedDispatcher(true) });
    expect(await reply.text()).toBe('ok');
  });

  it('refuses to connect when the name resolves to a refused address', async () => {
    const failure = await fetch(url, { dispatcher: guardedDispatcher(false) }).catch(
      (error: Error) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(((failure as Error).cause as Error).message).toMatch(/localhost: .* loopback address/);
  });

  it('refuses a name that answers DNS with a private address (as a rebinding host would)', async () => {
    const rebinding = guardedDispatcher(true, () =>
      Promise.resolve([{ address: '10.0.0.7', family: 4 }]),
    );
    const failure = await fetch(url, { dispatcher: rebinding }).catch((error: Error) => error);
    expect(((failure as Error).cause as Error).message).toMatch(/10\.0\.0\.7 is a private address/);
  });
});
