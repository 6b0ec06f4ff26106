import { ResponseOutcome } from '@rapport/contracts';
import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

describe('record the contact’s answer', () => {
  const suite = isolateSuite('outreach-response');
  let service: OutreachTestApp;
  const path = (contactId: string, action: string) =>
    `/members/member-ada/outreach/${contactId}${action}`;
  const sendLogged = (contactId: string) =>
    expectStatus(service, ada, 200, 'POST', path(contactId, '/send'), {
      json: { channel: 'phone', delivery: 'logged' },
    });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('records a yes with its note, and tells other contexts', async () => {
    await sendLogged('c-yes');
    service.clock.advanceDays(3);
    const reply = await expectStatus(service, ada, 200, 'POST', path('c-yes', '/response'), {
      json: { outcome: 'accepted', note: 'Free on Thursdays' },
    });
    expect(reply.json()).toMatchObject({
      status: 'responded',
      outcome: 'accepted',
      respondedAt: '2026-03-05T09:00:00.000Z',
    });
    const last = (await outboxMessages(service.db, 'outreach:member-ada:c-yes')).at(-1);
    expect(last).toMatchObject({
      type: 'rapport.outreach.v1.ResponseReceived',
      payload: {
        relationshipId: 'member-ada:c-yes',
        outcome: ResponseOutcome.ACCEPTED,
        matchedFromEmail: false,
      },
    });
  });

  it('records a referral with the person to talk to instead', async () => {
    await sendLogged('c-referral');
    await expectStatus(service, ada, 200, 'POST', path('c-referral', '/response'), {
      json: {
        outcome: 'referred',
        referredTo: { givenName: 'Jean', familyName: 'Sammet', organisation: 'IBM' },
      },
    });
    const last = (await outboxMessages(service.db, 'outreach:member-ada:c-referral')).at(-1);
    expect(last?.payload).toMatchObject({
      outcome: ResponseOutcome.REFERRED,
      referredTo: { givenName: 'Jean', familyName: 'Sammet', organisation: 'IBM', email: '' },
    });
  });

  it('needs the person for a referral, and no person otherwise', async () => {
    const missing = await service.as(ada).send('POST', path('c-referral', '/response'), {
      json: { outcome: 'referred' },
    });
    expect(missing.status).toBe(400);
    expect(missing.json<{ errors: { pointer: string }[] }>().errors).toEqual([
      { pointer: '/referredTo', detail: 'say who the contact suggested you talk to instead' },
    ]);
    const stray = await service.as(ada).send('POST', path('c-referral', '/response'), {
      json: { outcome: 'declined', referredTo: { givenName: 'A', familyName: 'B' }, mood: 'sad' },
    });
    expect(stray.status).toBe(400);
    expect(
      stray
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/mood', '/referredTo']);
  });

  it('changes nothing when the same answer is recorded again, and needs a request first', async () => {
    const again = await expectStatus(service, ada, 200, 'POST', path('c-yes', '/response'), {
      json: { outcome: 'accepted' },
    });
    expect(again.headers.etag).toBe('"2"');
    const early = await service.as(ada).send('POST', path('c-none', '/response'), {
      json: { outcome: 'accepted' },
    });
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ reason: 'not-sent' });
  });
});
