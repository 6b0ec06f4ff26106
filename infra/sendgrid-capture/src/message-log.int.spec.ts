import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CaptureServer, startCaptureServer } from './capture-server';
import {
  listMessages,
  mailService,
  messageIdOf,
  refusal,
  testApiKey,
} from './sendgrid-test-client';

// The capture server's own API: the message log (GET /api/messages), armed faults, persistence.
describe('SendGrid capture server: message log, faults and restarts', () => {
  const dataDirs: string[] = [];
  const servers: CaptureServer[] = [];

  async function start(dataDir = newDataDir()): Promise<CaptureServer> {
    const server = await startCaptureServer({ port: 0, dataDir });
    servers.push(server);
    return server;
  }

  function newDataDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-sendgrid-'));
    dataDirs.push(dir);
    return dir;
  }

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  async function sendTo(server: CaptureServer, apiKey: string, to: string, subject = 'Hello') {
    const [response] = await mailService(server.url, apiKey).send({
      to,
      from: 'rapport@example.edu',
      subject,
      text: `Hello ${to}`,
    });
    return messageIdOf(response);
  }

  function api(server: CaptureServer, route: string, apiKey?: string, init: RequestInit = {}) {
    return fetch(`${server.url}${route}`, {
      ...init,
      headers: {
        ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });
  }

  describe('GET /api/messages', () => {
    let server: CaptureServer;
    const alice = testApiKey();
    const bob = testApiKey();
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      server = await start();
      ids['a1'] = await sendTo(server, alice, 'one@example.org', 'first');
      ids['b1'] = await sendTo(server, bob, 'One@Example.org', 'bob');
      ids['a2'] = await sendTo(server, alice, 'two@example.org', 'second');
      ids['a3'] = await sendTo(server, alice, 'one@example.org', 'third');
    });

    it("lists only the caller key's messages, newest first", async () => {
      expect((await listMessages(server.url, alice)).map((m) => m.id)).toEqual([
        ids['a3'],
        ids['a2'],
        ids['a1'],
      ]);
      expect((await listMessages(server.url, bob)).map((m) => m.id)).toEqual([ids['b1']]);
      expect(await listMessages(server.url, testApiKey())).toEqual([]);
    });

    it('lists every key’s messages without a key (the console’s mail log)', async () => {
      expect((await listMessages(server.url, undefined)).map((m) => m.id)).toEqual([
        ids['a3'],
        ids['a2'],
        ids['b1'],
        ids['a1'],
      ]);
    });

    it('filters by recipient (case-insensitive), by time and by count', async () => {
      expect(
        (await listMessages(server.url, undefined, { to: 'ONE@example.org' })).map((m) => m.id),
      ).toEqual([ids['a3'], ids['b1'], ids['a1']]);
      expect(
        (await listMessages(server.url, alice, { to: 'one@example.org', limit: '1' })).map(
          (m) => m.id,
        ),
      ).toEqual([ids['a3']]);

      const all = await listMessages(server.url, alice);
      const second = all.find((m) => m.id === ids['a2'])!;
      const since = await listMessages(server.url, alice, { since: second.receivedAt });
      expect(since.map((m) => m.id)).toEqual(
        all.filter((m) => m.receivedAt >= second.receivedAt).map((m) => m.id),
      );
      expect(since.map((m) => m.id)).toContain(ids['a2']);
      expect(since.map((m) => m.id)).not.toContain(ids['a1']);
      expect(await listMessages(server.url, alice, { since: '2999-01-01T00:00:00Z' })).toEqual([]);
    });

    it('refuses a bad limit or since, and a malformed key', async () => {
      for (const query of ['limit=0', 'limit=ten', 'since=yesterday']) {
        const response = await api(server, `/api/messages?${query}`);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ errors: [expect.anything()] });
      }
      const malformed = await fetch(`${server.url}/api/messages`, {
        headers: { authorization: 'Token abc' },
      });
      expect(malformed.status).toBe(401);
    });

    it('returns one message by id, and 404 for another key’s or an unknown id', async () => {
      const own = await api(server, `/api/messages/${ids['a1']}`, alice);
      expect(own.status).toBe(200);
      expect(await own.json()).toMatchObject({ id: ids['a1'], subject: 'first' });

      expect((await api(server, `/api/messages/${ids['a1']}`)).status).toBe(200);
      const foreign = await api(server, `/api/messages/${ids['a1']}`, bob);
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual({
        errors: [{ message: expect.any(String) as unknown, field: 'id', help: null }],
      });
      expect((await api(server, '/api/messages/no-such-id')).status).toBe(404);
    });
  });

  describe('faults', () => {
    let server: CaptureServer;

    beforeAll(async () => {
      server = await start();
    });

    function arm(apiKey: string | undefined, fault: object) {
      return api(server, '/api/faults', apiKey, { method: 'POST', body: JSON.stringify(fault) });
    }

    it('answers 429 with Retry-After for the armed sends, then accepts again', async () => {
      const apiKey = testApiKey();
      const armed = await arm(apiKey, { status: 429, retryAfterSeconds: 7 });
      expect(armed.status).toBe(201);

      const limited = await refusal(sendTo(server, apiKey, 'x@example.org'));
      expect(limited.code).toBe(429);
      expect(limited.headers['retry-after']).toBe('7');
      expect(limited.errors).toEqual([
        { message: expect.any(String) as unknown, field: null, help: null },
      ]);
      expect(await listMessages(server.url, apiKey)).toEqual([]);

      const id = await sendTo(server, apiKey, 'x@example.org');
      expect((await listMessages(server.url, apiKey)).map((m) => m.id)).toEqual([id]);
    });

    it('counts `times`, queues faults in order and leaves other keys alone', async () => {
      const apiKey = testApiKey();
      await arm(apiKey, { status: 503, times: 2 });
      await arm(apiKey, {
        status: 400,
        errors: [{ message: 'The from address does not match a verified Sender Identity.' }],
      });
      expect(await sendTo(server, testApiKey(), 'other@example.org')).toEqual(expect.any(String));

      expect((await refusal(sendTo(server, apiKey, 'x@example.org'))).code).toBe(503);
      const second = await refusal(sendTo(server, apiKey, 'x@example.org'));
      expect(second.code).toBe(503);
      expect(second.headers['retry-after']).toBeUndefined();
      const permanent = await refusal(sendTo(server, apiKey, 'x@example.org'));
      expect(permanent.code).toBe(400);
      expect(permanent.errors).toEqual([
        {
          message: 'The from address does not match a verified Sender Identity.',
          field: null,
          help: null,
        },
      ]);
      await sendTo(server, apiKey, 'x@example.org');
      expect(await listMessages(server.url, apiKey)).toHaveLength(1);
    });

    it('DELETE clears the key’s armed faults', async () => {
      const apiKey = testApiKey();
      await arm(apiKey, { status: 500, times: 5 });
      const cleared = await api(server, '/api/faults', apiKey, { method: 'DELETE' });
      expect(cleared.status).toBe(204);
      await sendTo(server, apiKey, 'x@example.org');
      expect(await listMessages(server.url, apiKey)).toHaveLength(1);
    });

    it('needs a key, and refuses a fault it cannot answer', async () => {
      expect((await arm(undefined, { status: 429 })).status).toBe(401);
      for (const bad of [{ status: 200 }, { status: 429, times: 0 }, { times: 1 }]) {
        const response = await arm(testApiKey(), bad);
        expect(response.status).toBe(400);
      }
    });
  });

  it('keeps messages across a restart on the same data dir', async () => {
    const dataDir = newDataDir();
    const apiKey = testApiKey();
    const first = await start(dataDir);
    const id = await sendTo(first, apiKey, 'kept@example.org', 'survives');
    await first.close();

    // A torn last line, as a crash mid-write would leave, must not lose the rest.
    appendFileSync(first.file, '{"id":"torn","personaliz');
    const second = await start(dataDir);
    const listed = await listMessages(second.url, apiKey);
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        subject: 'survives',
        personalizations: [{ to: [{ email: 'kept@example.org' }] }],
      }),
    ]);
    const later = await sendTo(second, apiKey, 'kept@example.org', 'after the restart');
    expect((await listMessages(second.url, apiKey)).map((m) => m.id)).toEqual([later, id]);

    // …and what came after the torn line is whole on the next start.
    await second.close();
    const third = await start(dataDir);
    expect((await listMessages(third.url, apiKey)).map((m) => m.id)).toEqual([later, id]);
  });
});
