import { EmailKind, type OutreachEmailRequested } from '@rapport/contracts';
import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

describe('send a follow-up', () => {
  const suite = isolateSuite('outreach-follow-up');
  let service: OutreachTestApp;
  const path = (contactId: string, action: string) =>
    `/members/member-ada/outreach/${contactId}${action}`;
  const emailsOf = async (contactId: string) =>
    (await outboxMessages(service.db, `outreach:member-ada:${contactId}`))
      .filter((m) => m.type === 'rapport.outreach.v1.OutreachEmailRequested')
      .map((m) => m.payload as OutreachEmailRequested);

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    for (const contactId of ['c-grace', 'c-logged']) {
      await seedContact(service, 'member-ada', contactId, {
        givenName: 'Grace',
        familyName: 'Hopper',
        email: `${contactId}@navy.example`,
      });
    }
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('sends the drafted follow-up through Rapport in the request’s thread', async () => {
    await expectStatus(service, ada, 200, 'POST', path('c-grace', '/send'), {
      json: { channel: 'email', delivery: 'rapport', subject: 'Re: advice', body: 'Dear Grace, …' },
    });
    service.clock.advanceDays(14);
    await expectStatus(service, workflow, 200, 'POST', path('c-grace', '/follow-up-due'), {
      json: { sequence: 1, idempotencyKey: 'k-1' },
    });
    const sent = await expectStatus(service, ada, 200, 'POST', path('c-grace', '/follow-ups'), {
      json: { channel: 'email', delivery: 'rapport' },
    });
    expect(sent.json()).toMatchObject({
      status: 'awaiting-reply',
      followUpsSent: 1,
      lastSentAt: '2026-03-16T09:00:00.000Z',
      pendingFollowUp: null,
    });
    const [request, followUp] = await emailsOf('c-grace');
    expect(followUp).toMatchObject({
      kind: EmailKind.FOLLOW_UP,
      followUpSequence: 1,
      // The request's subject already answers: no "Re: Re:".
      subject: 'Re: advice',
      threadToken: request!.threadToken,
      inReplyTo: request!.messageId,
      references: [request!.messageId],
    });
    expect(followUp!.bodyText).toContain('I am following up on my email of 2 March 2026');
  });

  it('sends the member’s own words when given, and logs a follow-up made elsewhere', async () => {
    await expectStatus(service, ada, 200, 'POST', path('c-grace', '/follow-ups'), {
      json: { channel: 'email', delivery: 'rapport', body: 'Just checking in, Grace.' },
    });
    await expectStatus(service, ada, 200, 'POST', path('c-grace', '/follow-ups'), {
      json: { channel: 'phone', delivery: 'logged' },
    });
    const emails = await emailsOf('c-grace');
    expect(emails).toHaveLength(3);
    expect(emails[2]).toMatchObject({ followUpSequence: 2, bodyText: 'Just checking in, Grace.' });
    const messages = await outboxMessages(service.db, 'outreach:member-ada:c-grace');
    expect(messages.at(-1)).toMatchObject({
      type: 'rapport.outreach.v1.FollowUpSent',
      payload: { sequence: 3, sentByRapport: false },
    });
  });

  it('cannot continue a thread Rapport never started', async () => {
    await expectStatus(service, ada, 200, 'POST', path('c-logged', '/send'), {
      json: { channel: 'email', delivery: 'logged' },
    });
    const reply = await service.as(ada).send('POST', path('c-logged', '/follow-ups'), {
      json: { channel: 'email', delivery: 'rapport', body: 'Following up' },
    });
    expect(reply.status).toBe(422);
    expect(reply.json()).toMatchObject({ reason: 'no-thread' });
  });

  it('refuses a follow-up before the request and after the reply', async () => {
    const early = await service.as(ada).send('POST', path('c-new', '/follow-ups'), {
      json: { channel: 'phone', delivery: 'logged' },
    });
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ reason: 'not-sent' });
    await expectStatus(service, ada, 200, 'POST', path('c-logged', '/response'), {
      json: { outcome: 'declined' },
    });
    const late = await service.as(ada).send('POST', path('c-logged', '/follow-ups'), {
      json: { channel: 'email', delivery: 'rapport', body: 'One more time?' },
    });
    expect(late.status).toBe(409);
    expect(late.json()).toMatchObject({ reason: 'responded' });
  });
});
