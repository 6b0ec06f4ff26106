import { randomUUID } from 'node:crypto';
import {
  DEAD_LETTER_TOPIC,
  decodeEnvelope,
  decodePayload,
  EmailKind,
  type OutreachEmailRequested,
  topicFor,
} from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import {
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

interface Seen {
  eventId: string;
  type: string;
  version: number;
  streamId: string;
  payload: Uint8Array;
}

describe('integration events other contexts hear', () => {
  const suite = isolateSuite('outreach-events');
  let service: OutreachTestApp;
  let relay: OutboxRelay;
  // Its own institution, so this test reads only its own events from the shared topic.
  const tenantId = `uni-${randomUUID().slice(0, 8)}`;
  const ada = { id: 'member-ada', role: 'member' as const, tenantId };
  const workflow = { id: 'relationship-workflow', role: 'system' as const, tenantId };

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await ensureTopics(suite.kafka(), [topicFor('outreach'), DEAD_LETTER_TOPIC]);
    relay = new OutboxRelay({
      store: new EventStore(service.db),
      db: service.db,
      kafka: suite.kafka(),
      logger: createLogger('outreach-events-test', 'warn'),
      idleMs: 50,
    });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await service.close();
    await suite.cleanup();
  });

  it('publishes the lifecycle and the emails to send, in stream order, keyed by stream', async () => {
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    await seedContact(
      service,
      'member-ada',
      'c-grace',
      { givenName: 'Grace', familyName: 'Hopper', email: 'grace@navy.example' },
      tenantId,
    );
    const base = '/members/member-ada/outreach/c-grace';
    await expectStatus(service, ada, 200, 'PUT', `${base}/draft`, {
      json: { channel: 'email', subject: 'Advice', body: 'Dear Grace, …' },
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/send`, {
      json: { channel: 'email', delivery: 'rapport' },
    });
    await expectStatus(service, workflow, 200, 'POST', `${base}/follow-up-due`, {
      json: { sequence: 1, idempotencyKey: 'k-1' },
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/follow-ups`, {
      json: { channel: 'email', delivery: 'rapport' },
    });
    await expectStatus(service, ada, 200, 'POST', `${base}/response`, {
      json: { outcome: 'accepted' },
    });

    // First the relay's side (the outbox drained), then the consumer's: a failure says which.
    await pollUntil(
      'the outbox drained by the relay',
      async () =>
        (await service.db.collection('events_outbox').countDocuments()) === 0 ? true : undefined,
      { timeoutMs: 30_000 },
    );
    const seen: Seen[] = [];
    const keys = new Set<string>();
    const consumer = suite.kafka().consumer({ groupId: `outreach-events-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicFor('outreach'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = decodeEnvelope(message.value ?? new Uint8Array());
        if (envelope.tenantId !== tenantId) return;
        keys.add(message.key?.toString() ?? '');
        seen.push({
          eventId: envelope.eventId,
          type: envelope.type,
          version: Number(envelope.streamVersion),
          streamId: envelope.streamId,
          payload: envelope.payload,
        });
        await Promise.resolve();
      },
    });
    try {
      await pollUntil(
        'six outreach messages on Kafka',
        () => (seen.length >= 6 ? true : undefined),
        {
          // A new consumer group waits for its coordinator, slow on a freshly restarted broker.
          timeoutMs: 60_000,
        },
      );
    } finally {
      await consumer.disconnect();
    }
    expect(seen.map((e) => [e.type.replace('rapport.outreach.v1.', ''), e.version])).toEqual([
      ['OutreachSent', 2],
      ['OutreachEmailRequested', 2],
      ['FollowUpDue', 3],
      ['FollowUpSent', 4],
      ['OutreachEmailRequested', 4],
      ['ResponseReceived', 5],
    ]);
    // The draft (version 1) stays inside outreach: a gap in versions, not a message.
    expect([...keys]).toEqual(['outreach:member-ada:c-grace']);
    expect(seen[1]!.eventId).toBe(`${seen[0]!.eventId}:1`);
    const request = decodePayload('rapport.outreach.v1.OutreachEmailRequested', seen[1]!.payload);
    const followUp: OutreachEmailRequested = decodePayload(
      'rapport.outreach.v1.OutreachEmailRequested',
      seen[4]!.payload,
    );
    expect(followUp).toMatchObject({
      kind: EmailKind.FOLLOW_UP,
      subject: 'Re: Advice',
      inReplyTo: request.messageId,
      references: [request.messageId],
      threadToken: request.threadToken,
    });
  }, 120_000);
});
