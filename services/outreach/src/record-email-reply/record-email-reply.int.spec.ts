import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  decodeEnvelope,
  type EventInit,
  type OutreachEmailRequested,
  ResponseOutcome,
} from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';
import { outreachStreamId } from '../domain/outreach.decider';
import { OutreachWriter } from '../shared/outreach-writer';
import { emailReplies } from './email-replies.consumer';

const ada: Caller = { id: 'member-ada', role: 'member' };
const adaElsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };
const TYPE = 'rapport.notifications.v1.EmailReplyReceived';

interface OutreachBody {
  status: string;
  outcome?: string;
  respondedAt?: string;
  history: { type: string; detail: Record<string, unknown> }[];
}
interface Board {
  columns: Record<string, { contactId: string; outcome: string | null }[]>;
}

describe('an email reply matched by notifications answers the outreach', () => {
  const suite = isolateSuite('outreach-email-reply');
  const topic = suite.topic('notifications');
  let service: OutreachTestApp;
  let spec: ConsumerSpec;
  let threadToken: string;
  const path = (contactId: string, action = '') =>
    `/members/member-ada/outreach/${contactId}${action}`;

  /** Publishes as the notifications service would: one stream per inbound message. */
  async function publishReply(
    reply: EventInit<typeof TYPE>,
    options: { eventId?: string; tenantId?: string } = {},
  ): Promise<string> {
    const { eventId = randomUUID(), tenantId } = options;
    await spec.publish(topic, TYPE, reply, {
      eventId,
      ...(tenantId && { tenantId }),
      streamId: `inbound-email:${reply.messageId || eventId}`,
      actor: { id: 'notifications', role: 'system' },
    });
    return eventId;
  }
  const replyFrom = (contactId: string, receivedAt = new Date('2026-03-04T15:30:00Z')) => ({
    memberId: 'member-ada',
    contactId,
    relationshipId: `member-ada:${contactId}`,
    threadToken,
    messageId: `${randomUUID()}@mail.example`,
    inReplyTo: 'request@rapport.example',
    receivedAt: timestampFromDate(receivedAt),
  });
  const outreach = async (contactId: string, caller = ada) =>
    (await expectStatus(service, caller, 200, 'GET', path(contactId))).json<OutreachBody>();
  const untilResponded = (contactId: string, outcome = 'other') =>
    pollUntil(
      `the reply recorded on ${contactId}`,
      async () => {
        const body = await outreach(contactId);
        return body.status === 'responded' && body.outcome === outcome ? body : undefined;
      },
      { timeoutMs: 45_000 },
    );
  /** One partition: once the marker's reply is recorded, the ones before it were handled. */
  const passMarker = (markerId: string) =>
    spec.passMarker(
      () => publishReply(replyFrom(markerId)),
      async () => {
        const { status, outcome } = await outreach(markerId);
        return status === 'responded' && outcome === 'other';
      },
    );
  const responses = async (contactId: string, tenantId = 'uni-a') => {
    const events = await service.app
      .get(OutreachWriter)
      .eventStore.readStream({ tenantId, streamId: outreachStreamId('member-ada', contactId) });
    return events.filter((event) => event.type === 'ResponseReceived');
  };

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    spec = await startConsumerSpec(suite, [topic]);
    await spec.start(
      consumerFrom(emailReplies, {
        kafka: suite.kafka(),
        db: service.db,
        logger: createLogger('email-replies-test', 'warn'),
        dependency: service.app.get(OutreachWriter),
        topics: [topic],
        groupId: spec.groupId('email-replies'),
      }),
    );

    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    await seedContact(service, 'member-ada', 'c-grace', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
    });
    await expectStatus(service, ada, 200, 'PUT', path('c-grace', '/draft'), {
      json: {
        channel: 'email',
        subject: 'Advice on naval computing',
        body: 'Dear Dr Hopper, … Ada',
      },
    });
    await expectStatus(service, ada, 200, 'POST', path('c-grace', '/send'), {
      json: { channel: 'email', delivery: 'rapport' },
    });
    const email = (await outboxMessages(service.db, 'outreach:member-ada:c-grace')).find(
      (m) => m.type === 'rapport.outreach.v1.OutreachEmailRequested',
    );
    threadToken = (email?.payload as OutreachEmailRequested).threadToken;
    // The same member and contact ids in another institution, also waiting for a reply.
    await expectStatus(service, adaElsewhere, 200, 'POST', path('c-grace', '/send'), {
      json: { channel: 'email', delivery: 'logged' },
    });
    for (const contactId of ['c-twice', 'c-closed', 'c-marker-1', 'c-marker-2']) {
      await expectStatus(service, ada, 200, 'POST', path(contactId, '/send'), {
        json: { channel: 'email', delivery: 'logged' },
      });
    }
    await expectStatus(service, ada, 200, 'POST', path('c-closed', '/close'));
  });
  afterAll(async () => {
    await spec.close();
    await service.close();
    await suite.cleanup();
  });

  it('records the answer as other, moves the card to responded and tells other contexts it came by email', async () => {
    const board = () =>
      expectStatus(service, ada, 200, 'GET', '/members/member-ada/pipeline').then((r) =>
        r.json<Board>(),
      );
    expect((await board()).columns['awaiting-reply']?.map((c) => c.contactId)).toContain('c-grace');

    await publishReply(replyFrom('c-grace'));
    const answered = await untilResponded('c-grace');
    expect(answered).toMatchObject({ outcome: 'other', respondedAt: '2026-03-04T15:30:00.000Z' });
    expect(answered.history.at(-1)).toEqual(
      expect.objectContaining({
        type: 'ResponseReceived',
        detail: { outcome: 'other', recordedVia: 'email-reply' },
      }),
    );
    const card = await pollUntil('the card in responded', async () =>
      (await board()).columns['responded']?.find((c) => c.contactId === 'c-grace'),
    );
    expect(card.outcome).toBe('other');
    expect((await board()).columns['awaiting-reply'] ?? []).not.toContainEqual(
      expect.objectContaining({ contactId: 'c-grace' }),
    );
    const last = (await outboxMessages(service.db, 'outreach:member-ada:c-grace')).at(-1);
    expect(last).toMatchObject({
      type: 'rapport.outreach.v1.ResponseReceived',
      payload: {
        relationshipId: 'member-ada:c-grace',
        outcome: ResponseOutcome.OTHER,
        matchedFromEmail: true,
      },
    });

    // Another institution's outreach with the same ids heard nothing of it.
    expect(await outreach('c-grace', adaElsewhere)).toMatchObject({ status: 'awaiting-reply' });
    expect(await responses('c-grace', 'uni-b')).toHaveLength(0);

    // The member says what the answer was, through the usual route.
    const classified = await expectStatus(service, ada, 200, 'POST', path('c-grace', '/response'), {
      json: { outcome: 'accepted', note: 'Happy to talk on Friday' },
    });
    expect(classified.json()).toMatchObject({ status: 'responded', outcome: 'accepted' });
  });

  it('records one answer when the same reply comes twice, or is reported again', async () => {
    const reply = replyFrom('c-twice');
    const eventId = await publishReply(reply);
    await publishReply(reply, { eventId });
    await untilResponded('c-twice');
    // Reported again by notifications under a new event, and a late email on the classified one.
    await publishReply({ ...reply, messageId: `${randomUUID()}@mail.example` });
    await publishReply(replyFrom('c-grace'));
    await passMarker('c-marker-1');
    expect(await responses('c-twice')).toHaveLength(1);
    expect(await outreach('c-grace')).toMatchObject({ outcome: 'accepted' });
    expect(await responses('c-grace')).toHaveLength(2);
  });

  it('records nothing for a reply to an outreach that does not exist or is closed, and dead-letters neither', async () => {
    const missing = await publishReply(replyFrom('c-never-asked'));
    const closed = await publishReply(replyFrom('c-closed'));
    await passMarker('c-marker-2');
    expect((await service.as(ada).send('GET', path('c-never-asked'))).status).toBe(404);
    expect(await outreach('c-closed')).toMatchObject({
      status: 'closed',
      statusBeforeClose: 'awaiting-reply',
    });
    expect(await responses('c-closed')).toHaveLength(0);
    const letters = await new DeadLetterQueue(suite.kafka(), service.db).list({
      group: spec.groupId('email-replies'),
    });
    const parked = letters.map((l) => decodeEnvelope(l.letter.value).eventId);
    expect(parked).not.toContain(missing);
    expect(parked).not.toContain(closed);
  });

  it('dead-letters a reply that names no relationship, with the reason', async () => {
    const eventId = await publishReply({
      ...replyFrom('c-grace'),
      memberId: '',
      relationshipId: '',
    });
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const letter = await pollUntil(
      'the dead letter',
      async () => {
        const letters = await dlq.list({ group: spec.groupId('email-replies') });
        return letters.find((l) => decodeEnvelope(l.letter.value).eventId === eventId);
      },
      { timeoutMs: 30_000 },
    );
    expect(letter.letter.reason).toBe('handler_failed');
    expect(letter.letter.errorDetail).toContain('empty memberId, relationshipId');
  });
});
