import { encodeEnvelope } from '@rapport/contracts';
import { ensureTopics, publishDeadLetter, REPLAY_OF_HEADER } from '@rapport/messaging';
import { commitGroupOffsets, freePort, isolateSuite, pollUntil } from '@rapport/testing';
import type { Admin, Producer } from 'kafkajs';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { institutionCallers, type Send } from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { MAX_GROUPS } from './consumer-lag';
import type {
  ConsumerLagAnswer,
  DeadLetterLine,
  DeadLetterPage,
  DeadLetterReplay,
  PlatformHealth,
} from './operations.answers';

const SECRET_NOTE = 'a member’s private note that must never leave Kafka';
const OPS_ROUTES: readonly [string, string][] = [
  ['GET', '/v1/ops/health'],
  ['GET', '/v1/ops/consumer-lag'],
  ['GET', '/v1/ops/dead-letters'],
  ['POST', '/v1/ops/dead-letters/0:0/replay'],
];

/** The operators' routes against the real servers, through one gateway process. */
describe('the platform operations routes', () => {
  const suite = isolateSuite('gateway-ops');
  const topic = suite.topic('failing');
  const group = `${suite.id}-rejecting-consumer`;
  const idleGroup = `${suite.id}-idle-consumer`;
  let gateway: GatewayProcess;
  let operator: Send;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    const kafka = suite.kafka();
    // A port nothing listens on (fetch refuses port 9 itself, before any connection).
    const closed = `http://127.0.0.1:${await freePort()}`;
    [gateway] = await Promise.all([
      // Every other registered service points at a closed port: down must be data, not a 5xx.
      startGatewayProcess({
        database: suite.dbName,
        env: Object.fromEntries(
          [
            'contacts',
            'outreach',
            'interviews',
            'notifications',
            'exploration',
            'relationship',
            'webhooks',
          ].map((name) => [`RAPPORT_GATEWAY_UPSTREAM_${name.toUpperCase()}`, closed]),
        ),
      }),
      ensureTopics(kafka, [topic], 1),
    ]);
    operator = institutionCallers(gateway)(DEMO_TENANT_ID, 'olga', 'operator');
    admin = kafka.admin();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await Promise.all([admin.connect(), producer.connect()]);
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    await admin?.deleteGroups([idleGroup, `${suite.id}-reader`]).catch(() => undefined);
    await Promise.allSettled([admin?.disconnect(), producer?.disconnect()]);
    await suite.cleanup();
  });

  it('answers the health of every registered service and of the servers, down ones included', async () => {
    const reply = await operator('GET', '/v1/ops/health');
    expect(reply.status).toBe(200);
    const health = reply.body as PlatformHealth;
    const byName = new Map(health.services.map((line) => [line.name, line]));
    expect([...byName.keys()].sort()).toEqual([
      'contacts',
      'exploration',
      'gateway',
      'interviews',
      'notifications',
      'outreach',
      'relationship',
      'webhooks',
    ]);
    expect(byName.get('gateway')).toMatchObject({ status: 'up', httpStatus: 200 });
    expect(byName.get('gateway')?.checks.map((check) => check.name)).toEqual(
      expect.arrayContaining(['mongo', 'kafka']),
    );
    expect(byName.get('contacts')).toMatchObject({
      status: 'unreachable',
      kind: 'service',
      message: 'not listening',
    });
    expect(byName.get('relationship')).toMatchObject({ status: 'unreachable', kind: 'worker' });
    expect(health.status).toBe('degraded');
    expect(health.servers.map((server) => [server.name, server.status])).toEqual([
      ['ferretdb', 'up'],
      ['kafka', 'up'],
      ['temporal', 'up'],
      ['sendgrid', 'up'],
    ]);
  });

  it('shows the lag of a group that has consumed nothing of what was sent', async () => {
    await producer.send({
      topic,
      messages: ['one', 'two', 'three'].map((value) => ({ key: 'k', value })),
    });
    // A group that committed the topic's start and read nothing since: all three are its lag.
    await commitStart(idleGroup);
    const reply = await operator('GET', `/v1/ops/consumer-lag?group=${suite.id}`);
    expect(reply.status).toBe(200);
    const { lags } = reply.body as ConsumerLagAnswer;
    expect(lags.every((line) => line.group.startsWith(suite.id))).toBe(true);
    const ours = lags.find((line) => line.group === idleGroup && line.topic === topic);
    expect(ours).toMatchObject({
      lag: 3,
      partitions: [{ partition: 0, committed: '0', end: '3', lag: 3 }],
    });
    // Unfiltered, the answer is bounded, and groups with lag come first.
    const all = (await operator('GET', '/v1/ops/consumer-lag')).body as ConsumerLagAnswer;
    expect(new Set(all.lags.map((line) => line.group)).size).toBeLessThanOrEqual(MAX_GROUPS);
    const order = all.lags.map((line) => line.lag);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('lists a dead letter without its payload and replays it once however often asked', async () => {
    const value = encodeEnvelope({
      eventId: `${suite.id}-event`,
      type: 'rapport.contacts.v1.ContactNoteAdded',
      schemaVersion: 1,
      streamId: `${suite.id}-stream`,
      streamVersion: 1n,
      tenantId: DEMO_TENANT_ID,
      payload: new TextEncoder().encode(SECRET_NOTE),
    });
    const failedOffset = await endOf(topic);
    await producer.send({ topic, messages: [{ key: 'k', value: Buffer.from(value) }] });
    await publishDeadLetter(
      producer,
      group,
      {
        topic,
        partition: 0,
        message: {
          key: Buffer.from('k'),
          value: Buffer.from(value),
          offset: failedOffset.toString(),
          timestamp: '0',
          attributes: 0,
          headers: {},
        },
        headers: {},
      },
      'handler_failed',
      `Error: the handler refused it\n    quoting ${SECRET_NOTE}`,
      5,
    );

    const letter = await pollUntil('the dead letter in the listing', () => findLetter(group));
    expect(letter).toMatchObject({
      group,
      originalTopic: topic,
      originalPartition: 0,
      originalOffset: failedOffset.toString(),
      eventType: 'rapport.contacts.v1.ContactNoteAdded',
      eventId: `${suite.id}-event`,
      streamId: `${suite.id}-stream`,
      reason: 'handler_failed',
      error: 'Error: the handler refused it',
      attempts: 5,
    });
    expect(letter.replayedAt).toBeUndefined();
    expect(JSON.stringify(letter)).not.toContain('private note');

    const before = await endOf(topic);
    const first = await operator('POST', `/v1/ops/dead-letters/${letter.id}/replay`);
    const second = await operator('POST', `/v1/ops/dead-letters/${letter.id}/replay`);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((first.body as DeadLetterReplay).originalTopic).toBe(topic);
    // Both answers came after the broker acknowledged whatever was sent: one message, no more.
    expect(await endOf(topic)).toBe(before + 1n);
    expect(await replayOfHeaderAt(before)).toBe(letter.id);

    const listed = await findLetter(group);
    expect(listed?.replayedAt).toBe((first.body as DeadLetterReplay).replayedAt);
    const audit = await operator(
      'GET',
      `/v1/audit?day=${new Date().toISOString().slice(0, 10)}&limit=100`,
    );
    const actions = (
      audit.body as { records: { action: string; target: string; outcome: number }[] }
    ).records;
    expect(
      actions.filter(
        (r) => r.action === 'dead-letter.replayed' && r.target === letter.id && r.outcome === 200,
      ),
    ).toHaveLength(2);
  });

  it('answers an unknown or malformed letter id with a problem', async () => {
    const missing = await operator('POST', '/v1/ops/dead-letters/0:999999999999/replay');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const malformed = await operator('POST', '/v1/ops/dead-letters/zero/replay');
    expect(malformed.status).toBe(400);
    const cursor = await operator('GET', '/v1/ops/dead-letters?cursor=not-ours');
    expect(cursor.status).toBe(400);
  });

  it('refuses every role but operators, and every other institution’s admin', async () => {
    const as = institutionCallers(gateway);
    const callers: [string, Send][] = [
      ['member', as(DEMO_TENANT_ID, 'ada', 'member')],
      ['coach', as(DEMO_TENANT_ID, 'cora', 'coach')],
      ['admin', as(DEMO_TENANT_ID, 'dev', 'admin')],
      ['another institution’s admin', as('other-college', 'otto', 'admin')],
    ];
    for (const [who, send] of callers) {
      for (const [method, path] of OPS_ROUTES) {
        const reply = await send(method, path);
        expect({ who, method, path, status: reply.status }).toEqual({
          who,
          method,
          path,
          status: 403,
        });
      }
    }
    const anonymous = await fetch(`${gateway.url}/v1/ops/health`);
    expect(anonymous.status).toBe(401);
  });

  /**
   * Joins `groupId`, commits the topic's start and leaves without reading: what a consumer that
   * died before its first batch leaves behind.
   */
  function commitStart(groupId: string): Promise<void> {
    return commitGroupOffsets(suite.kafka(), groupId, topic, [{ partition: 0, offset: '0' }]);
  }

  async function endOf(name: string): Promise<bigint> {
    const [partition] = await admin.fetchTopicOffsets(name);
    return BigInt(partition?.high ?? '0');
  }

  /** Pages through the dead-letter listing of `group` until its letter shows up. */
  async function findLetter(groupId: string): Promise<DeadLetterLine | undefined> {
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ group: groupId, ...(cursor ? { cursor } : {}) });
      const reply = await operator('GET', `/v1/ops/dead-letters?${query.toString()}`);
      expect(reply.status).toBe(200);
      const page = reply.body as DeadLetterPage;
      const found = page.letters.find((line) => line.group === groupId);
      if (found) return found;
      cursor = page.next;
    } while (cursor);
    return undefined;
  }

  /** The replay marker on the message at `offset` of the suite's topic, read with a throwaway reader. */
  async function replayOfHeaderAt(offset: bigint): Promise<string | undefined> {
    const consumer = suite
      .kafka()
      .consumer({ groupId: `${suite.id}-reader`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let header: string | undefined;
    await consumer.run({
      autoCommit: false,
      eachMessage: ({ message }) => {
        if (BigInt(message.offset) === offset)
          header = message.headers?.[REPLAY_OF_HEADER]?.toString();
        return Promise.resolve();
      },
    });
    try {
      return await pollUntil('the replayed message', () => header);
    } finally {
      await consumer.disconnect();
    }
  }
});
