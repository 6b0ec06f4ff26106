import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  type OutreachTestApp,
  putProfile,
  type Reply,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

const answer = (reply: Reply) => ({
  status: reply.status,
  etag: reply.headers['etag'],
  body: reply.json<unknown>(),
});

describe('sending the request again', () => {
  const suite = isolateSuite('outreach-send-repeat');
  let service: OutreachTestApp;
  const send = (contactId: string, json: Record<string, unknown>, headers = {}) =>
    service
      .as(ada)
      .send('POST', `/members/member-ada/outreach/${contactId}/send`, { json, headers });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await putProfile(service, ada, { givenName: 'Ada', familyName: 'L', email: 'ada@uni.example' });
    for (const contactId of ['c-one', 'c-race'])
      await seedContact(service, 'member-ada', contactId, {
        givenName: 'Grace',
        familyName: 'Hopper',
        email: `${contactId}@navy.example`,
      });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const email = { channel: 'email', delivery: 'rapport', subject: 'Advice', body: 'Dear Grace' };

  it('answers as the first did, sends one email, and names what differs otherwise', async () => {
    const first = await send('c-one', email);
    expect(first.status).toBe(200);
    const closed = await service
      .as(ada)
      .send('POST', '/members/member-ada/outreach/c-one/close', { json: { reason: 'other' } });
    expect(closed.status).toBe(200);

    expect(answer(await send('c-one', email))).toEqual(answer(first));
    // With an If-Match that was right the first time and is stale now.
    expect(answer(await send('c-one', email, { 'if-match': '"0"' }))).toEqual(answer(first));
    const messages = await outboxMessages(service.db, 'outreach:member-ada:c-one');
    expect(
      messages.filter((m) => m.type === 'rapport.outreach.v1.OutreachEmailRequested'),
    ).toHaveLength(1);

    const other = await send('c-one', { ...email, subject: 'Another subject' });
    expect(other.status).toBe(409);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.json()).toMatchObject({ reason: 'already-sent', differences: ['subject'] });
  });

  it('answers concurrent duplicates all alike, with one send recorded', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => send('c-race', email)));
    const answers = replies.map(answer);
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill(200));
    for (const other of answers) expect(other).toEqual(answers[0]);
    const messages = await outboxMessages(service.db, 'outreach:member-ada:c-race');
    expect(messages.filter((m) => m.type === 'rapport.outreach.v1.OutreachSent')).toHaveLength(1);
  });
});
