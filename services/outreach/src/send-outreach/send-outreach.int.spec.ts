import { Channel, EmailKind, type OutreachEmailRequested } from '@rapport/contracts';
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
const request = {
  channel: 'email',
  subject: 'Advice on a career in health policy',
  body: 'Dear Dr Hopper, ... Kind regards, Ada',
};

describe('send the request', () => {
  const suite = isolateSuite('outreach-send');
  let service: OutreachTestApp;
  const path = (contactId: string, action = '') =>
    `/members/member-ada/outreach/${contactId}${action}`;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    await seedContact(service, 'member-ada', 'c-grace', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
      organisation: 'US Navy',
    });
    await seedContact(service, 'member-ada', 'c-no-email', {
      givenName: 'Alan',
      familyName: 'Turing',
    });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('emails the saved draft through Rapport: one sent fact and one email request in the outbox', async () => {
    await expectStatus(service, ada, 200, 'PUT', path('c-grace', '/draft'), { json: request });
    const sent = await expectStatus(service, ada, 200, 'POST', path('c-grace', '/send'), {
      json: { channel: 'email', delivery: 'rapport' },
    });
    expect(sent.headers.etag).toBe('"2"');
    expect(sent.json()).toMatchObject({
      status: 'awaiting-reply',
      channel: 'email',
      subject: request.subject,
      sentThroughRapport: true,
      firstSentAt: '2026-03-02T09:00:00.000Z',
      followUpsSent: 0,
      version: 2,
    });
    const messages = await outboxMessages(service.db, 'outreach:member-ada:c-grace');
    expect(messages.map((m) => [m.type, m.version])).toEqual([
      ['rapport.outreach.v1.OutreachSent', 2],
      ['rapport.outreach.v1.OutreachEmailRequested', 2],
    ]);
    expect(messages[1]!.eventId).toBe(`${messages[0]!.eventId}:1`);
    expect(messages[0]!.payload).toMatchObject({
      relationshipId: 'member-ada:c-grace',
      channel: Channel.EMAIL,
      sentByRapport: true,
    });
    const email = messages[1]!.payload as OutreachEmailRequested;
    expect(email).toMatchObject({
      memberId: 'member-ada',
      contactId: 'c-grace',
      relationshipId: 'member-ada:c-grace',
      kind: EmailKind.REQUEST,
      followUpSequence: 0,
      toEmail: 'grace@navy.example',
      toName: 'Grace Hopper',
      replyToEmail: 'ada@uni.example',
      replyToName: 'Ada Lovelace',
      subject: request.subject,
      bodyText: request.body,
      inReplyTo: '',
      references: [],
    });
    expect(email.messageId).toMatch(/^[0-9a-f-]{36}@rapport\.local$/);
    // At least 128 random bits, URL-safe: 24 bytes in base64url.
    expect(email.threadToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses a second send: the next message is a follow-up', async () => {
    // Another text: the same send again answers as the first did (repeated-send.int.spec.ts).
    const again = await service.as(ada).send('POST', path('c-grace', '/send'), {
      json: { ...request, body: 'A second ask', delivery: 'rapport' },
    });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'already-sent', differences: ['body'] });
  });

  it('cannot email a contact without an address, and says what to do instead', async () => {
    const reply = await service
      .as(ada)
      .send('POST', path('c-no-email', '/send'), { json: { ...request, delivery: 'rapport' } });
    expect(reply.status).toBe(422);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reply.json()).toMatchObject({ reason: 'contact-email-missing' });
    expect(await outboxMessages(service.db, 'outreach:member-ada:c-no-email')).toEqual([]);
  });

  it('cannot email for a member without a profile: replies would reach nobody', async () => {
    const bea: Caller = { id: 'member-bea', role: 'member' };
    await seedContact(service, 'member-bea', 'c-grace', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
    });
    const reply = await service.as(bea).send('POST', '/members/member-bea/outreach/c-grace/send', {
      json: { ...request, delivery: 'rapport' },
    });
    expect(reply.status).toBe(422);
    expect(reply.json()).toMatchObject({ reason: 'profile-missing' });
  });

  it('asks for a subject and body when there is neither a draft nor text to send', async () => {
    const reply = await service
      .as(ada)
      .send('POST', path('c-empty', '/send'), { json: { channel: 'email', delivery: 'rapport' } });
    expect(reply.status).toBe(422);
    expect(reply.json()).toMatchObject({ reason: 'email-incomplete' });
  });

  it('logs a request made another way: the sent fact, and no email to send', async () => {
    const logged = await expectStatus(service, ada, 200, 'POST', path('c-no-email', '/send'), {
      json: { channel: 'linkedin', delivery: 'logged' },
    });
    expect(logged.json()).toMatchObject({
      status: 'awaiting-reply',
      channel: 'linkedin',
      sentThroughRapport: false,
    });
    const messages = await outboxMessages(service.db, 'outreach:member-ada:c-no-email');
    expect(messages.map((m) => m.type)).toEqual(['rapport.outreach.v1.OutreachSent']);
    expect(messages[0]!.payload).toMatchObject({ channel: Channel.LINKEDIN, sentByRapport: false });
  });

  it('only sends email through Rapport, and rejects unknown fields', async () => {
    const reply = await service.as(ada).send('POST', path('c-other', '/send'), {
      json: { channel: 'phone', delivery: 'rapport', urgent: true },
    });
    expect(reply.status).toBe(400);
    const { errors } = reply.json<{ errors: { pointer: string }[] }>();
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/delivery', '/urgent']);
  });
});
