import { randomUUID } from 'node:crypto';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { encodeEnvelope, encodePayload } from '@rapport/contracts';
import { generateInternalKeyPair, type Role, signInternalToken } from '@rapport/platform/http';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { runEventSourcedService, type RunningService } from '../index';
import { greetingsService } from './greetings.service';

/**
 * The example service started the way main starts it (its own Mongo and Kafka clients, relay,
 * consumers, a real port), against the real servers: the skeleton's wiring end to end.
 */
describe('a service built on the skeleton', () => {
  const suite = isolateSuite('skeleton-greetings');
  const topic = suite.topic('contacts');
  let running: RunningService;
  let baseUrl: string;
  let privateKeyPem: string;

  const call = async (
    method: 'GET' | 'PUT',
    path: string,
    caller: { id: string; role: Role; tenantId?: string },
    body?: unknown,
  ) => {
    const token = await signInternalToken(
      privateKeyPem,
      { tenantId: caller.tenantId ?? 'uni-a', actorId: caller.id, role: caller.role },
      { audience: 'greetings' },
    );
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (): Promise<unknown> => response.json() };
  };
  const ada = { id: 'member-ada', role: 'member' as const };

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    privateKeyPem = keys.privateKeyPem;
    const options = greetingsService({
      PORT: '0',
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
      RAPPORT_GREETINGS_DB: suite.dbName,
      RAPPORT_GREETINGS_CONTACTS_TOPIC: topic,
    });
    // The suite's own consumer group, so runs never share offsets.
    running = await runEventSourcedService({ ...options, groupPrefix: suite.id });
    baseUrl = await running.app.getUrl();
  });
  afterAll(async () => {
    await running?.stop();
    await suite.cleanup();
  });

  it('answers /health with MongoDB and Kafka up, without a token', async () => {
    const response = await fetch(`${baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toMatch(/mongo[\s\S]*kafka/);
  });

  it('refuses a route without an internal token', async () => {
    const response = await fetch(`${baseUrl}/members/member-ada/greeting`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('runs a command through the bus with the clock and ids the skeleton provides', async () => {
    const before = Date.now();
    expect((await call('PUT', '/members/member-ada/greeting', ada, { text: 'hello' })).status).toBe(
      204,
    );
    const reply = await call('GET', '/members/member-ada/greeting', ada);
    expect(reply.status).toBe(200);
    const greeting = (await reply.json()) as { text: string; greetingId: string; at: string };
    expect(greeting.text).toBe('hello');
    expect(greeting.greetingId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(greeting.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('keeps members and tenants apart', async () => {
    await call('PUT', '/members/member-ada/greeting', ada, { text: 'mine' });
    const bob = { id: 'member-bob', role: 'member' as const };
    expect((await call('GET', '/members/member-ada/greeting', bob)).status).toBe(403);
    expect((await call('PUT', '/members/member-ada/greeting', bob, { text: 'x' })).status).toBe(
      403,
    );
    const otherTenant = { ...ada, tenantId: 'uni-b' };
    expect((await call('GET', '/members/member-ada/greeting', otherTenant)).status).toBe(404);
  });

  it('starts its declared consumer, which applies events from its topic', async () => {
    const producer = suite.kafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      const memberId = `member-${randomUUID().slice(0, 8)}`;
      const contactId = randomUUID();
      const value = encodeEnvelope({
        eventId: randomUUID(),
        type: 'rapport.contacts.v1.ContactAdded',
        schemaVersion: 1,
        streamId: `contact:${memberId}:${contactId}`,
        streamVersion: 1n,
        tenantId: 'uni-a',
        actor: { id: memberId, role: 'member' },
        occurredAt: timestampNow(),
        correlationId: randomUUID(),
        causationId: randomUUID(),
        payload: encodePayload('rapport.contacts.v1.ContactAdded', {
          memberId,
          contactId,
          givenName: 'Lin',
          familyName: 'Ho',
        }),
      });
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: memberId, value: Buffer.from(value) }],
      });
      const member = { id: memberId, role: 'member' as const };
      const counted = await pollUntil(
        'the consumer to count the contact',
        async () => {
          const reply = await call('GET', `/members/${memberId}/greeting`, member);
          if (reply.status !== 200) return undefined;
          const { contactsAdded } = (await reply.json()) as { contactsAdded: number };
          return contactsAdded > 0 ? contactsAdded : undefined;
        },
        { timeoutMs: 45_000 },
      );
      expect(counted).toBe(1);
    } finally {
      await producer.disconnect();
    }
  });
});
