import { randomUUID } from 'node:crypto';
import { decodeEnvelope, decodePayload, topicFor } from '@rapport/contracts';
import { generateInternalKeyPair, signInternalToken } from '@rapport/platform/http';
import { commitGroupOffsets, isolateSuite, pollUntil, topicEnds } from '@rapport/testing';
import { runEventSourcedService, type RunningService } from '@rapport/service-skeleton';
import { interviewsService } from './interviews.service';
import { scheduleBody } from './testing/interviews-test-app';

/**
 * The service started as main starts it (its own clients, the outbox relay, its consumers, a real
 * port): a schedule reaches the interviews topic as the lifecycle fact and the invitation to mail.
 */
describe('the interviews process', () => {
  const suite = isolateSuite('interviews-process');
  let running: RunningService;
  let baseUrl: string;
  let privateKeyPem: string;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    privateKeyPem = keys.privateKeyPem;
    running = await runEventSourcedService({
      ...interviewsService({
        PORT: '0',
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
        RAPPORT_INTERVIEWS_DB: suite.dbName,
        RAPPORT_INTERVIEWS_OUTREACH_TOPIC: suite.topic('outreach'),
        RAPPORT_INTERVIEWS_NOTIFICATIONS_TOPIC: suite.topic('notifications'),
        RAPPORT_INTERVIEWS_CONTACTS_TOPIC: suite.topic('contacts'),
        RAPPORT_REPLY_DOMAIN: 'reply.campus.example',
      }),
      groupPrefix: suite.id,
    });
    baseUrl = await running.app.getUrl();
  });
  afterAll(async () => {
    await running?.stop();
    await suite.cleanup();
  });

  it('answers /health and relays a schedule to the interviews topic', async () => {
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    const memberId = `m-${randomUUID().slice(0, 8)}`;
    const interviewId = `i-${randomUUID()}`;
    const seen: string[] = [];
    let ics = '';
    const topic = topicFor('interviews');
    const groupId = `${suite.id}-watch`;
    // The watcher starts at the shared topic's end as it is before the schedule: its history is
    // every earlier run's, a read that grows on every machine and can only hold other interviews.
    await commitGroupOffsets(suite.kafka(), groupId, topic, await topicEnds(suite.kafka(), topic));
    const consumer = suite.kafka().consumer({ groupId, maxWaitTimeInMs: 250 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          if (!message.value) return;
          const envelope = decodeEnvelope(message.value);
          const payload = decodePayload(envelope.type, envelope.payload);
          if (!('interviewId' in payload) || payload.interviewId !== interviewId) return;
          seen.push(envelope.type);
          if (payload.$typeName === 'rapport.interviews.v1.InvitationIssued') ics = payload.ics;
          await Promise.resolve();
        },
      });
      const token = await signInternalToken(
        privateKeyPem,
        { tenantId: 'uni-a', actorId: memberId, role: 'member' },
        { audience: 'interviews' },
      );
      const reply = await fetch(`${baseUrl}/members/${memberId}/interviews`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(scheduleBody(interviewId)),
      });
      expect(reply.status).toBe(201);
      const types = await pollUntil(
        'the schedule on the interviews topic',
        () => Promise.resolve(seen.length >= 2 ? [...seen] : undefined),
        { timeoutMs: 45_000 },
      );
      expect(types).toEqual([
        'rapport.interviews.v1.InterviewScheduled',
        'rapport.interviews.v1.InvitationIssued',
      ]);
      // The configured reply domain, not the member's address, is where calendars answer.
      expect(ics.replace(/\r\n[ \t]/g, '')).toMatch(
        /^ORGANIZER;CN="?Ada Lovelace"?:mailto:invitations@reply\.campus\.example\r$/m,
      );
    } finally {
      await consumer.disconnect();
    }
  });
});
