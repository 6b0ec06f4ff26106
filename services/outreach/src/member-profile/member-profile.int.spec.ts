import { isolateSuite } from '@rapport/testing';
import { type Caller, type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
const profile = {
  givenName: ' Ada ',
  familyName: 'Lovelace',
  email: 'ada@uni.example',
  programme: 'MSc Mathematics',
  institution: 'University of London',
  timeZone: 'Europe/London',
};

describe('the member’s sender profile', () => {
  const suite = isolateSuite('outreach-profile');
  let service: OutreachTestApp;
  const path = '/members/member-ada/profile';

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('is not found until the member fills it in, then reads back as written', async () => {
    expect((await service.as(ada).send('GET', path)).status).toBe(404);
    const put = await service.as(ada).send('PUT', path, { json: profile });
    expect(put.status).toBe(200);
    expect(put.json()).toMatchObject({ ...profile, givenName: 'Ada', memberId: 'member-ada' });
    const read = await service.as(ada).send('GET', path);
    expect(read.json()).toEqual({
      ...profile,
      givenName: 'Ada',
      memberId: 'member-ada',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('is replaced whole: a field left out is gone', async () => {
    await service.as(ada).send('PUT', path, {
      json: { givenName: 'Ada', familyName: 'King', email: 'ada.king@uni.example' },
    });
    const read = (await service.as(ada).send('GET', path)).json();
    expect(read).toMatchObject({ familyName: 'King', email: 'ada.king@uni.example' });
    expect(read).not.toHaveProperty('programme');
  });

  it('answers bad input with every problem at once', async () => {
    const bad = await service.as(ada).send('PUT', path, {
      json: {
        givenName: '',
        email: 'not-an-email',
        timeZone: 'Mars/Olympus',
        nickname: 'Enchantress',
      },
    });
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/email', '/familyName', '/givenName', '/nickname', '/timeZone']);
  });

  it('is the member’s own: an assigned coach reads it, nobody else writes it', async () => {
    expect((await service.as(coach).send('GET', path)).status).toBe(200);
    expect((await service.as(coach).send('PUT', path, { json: profile })).status).toBe(403);
    const bea: Caller = { id: 'member-bea', role: 'member' };
    expect((await service.as(bea).send('GET', path)).status).toBe(403);
    expect((await service.as(bea).send('PUT', path, { json: profile })).status).toBe(403);
    const elsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };
    expect((await service.as(elsewhere).send('GET', path)).status).toBe(404);
  });

  it('is read by a partner app with relationships:read and written with relationships:write, even at the same moment as the member', async () => {
    const reader: Caller = { id: 'pc_reader', role: 'partner', scopes: ['relationships:read'] };
    const writer: Caller = { id: 'pc_writer', role: 'partner', scopes: ['relationships:write'] };
    const contactsOnly: Caller = { id: 'pc_contacts', role: 'partner', scopes: ['contacts:read'] };
    expect((await service.as(reader).send('GET', path)).status).toBe(200);
    expect((await service.as(reader).send('PUT', path, { json: profile })).status).toBe(403);
    expect((await service.as(contactsOnly).send('GET', path)).status).toBe(403);
    // Each round is a first write of a new member's profile by the member and the app together.
    const rounds = await Promise.all(
      Array.from({ length: 6 }, (_, i) => `/members/member-new-${i}/profile`).flatMap((p) => [
        service.as({ id: p.split('/')[2] ?? '', role: 'member' }).send('PUT', p, { json: profile }),
        service.as(writer).send('PUT', p, { json: profile }),
      ]),
    );
    expect(rounds.map((reply) => reply.status)).toEqual(rounds.map(() => 200));
  });
});
