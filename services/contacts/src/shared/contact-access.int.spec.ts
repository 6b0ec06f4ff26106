import { isolateSuite } from '@rapport/testing';
import {
  addContact,
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../testing/contacts-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bea: Caller = { id: 'member-bea', role: 'member' };
const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
const otherCoach: Caller = { id: 'coach-dee', role: 'coach', assignedMemberIds: ['member-bea'] };
/** Same member id, another institution. */
const adaElsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };

describe('who may see and change a member’s contacts', () => {
  const suite = isolateSuite('contacts-access');
  let service: ContactsTestApp;
  let contactId: string;
  const contact = () => `/members/member-ada/contacts/${contactId}`;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    ({ contactId } = await addContact(service, ada, {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'g@h.example',
    }));
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('rejects a request without a valid internal token', async () => {
    const fastify = service.app.getHttpAdapter().getInstance();
    const none = await fastify.inject({ method: 'GET', url: '/members/member-ada/contacts' });
    expect(none.statusCode).toBe(401);
    const forged = await fastify.inject({
      method: 'GET',
      url: '/members/member-ada/contacts',
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJ0ZW5hbnRJZCI6InVuaS1hIn0.' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('lets another member neither read nor change the contacts', async () => {
    for (const [method, path] of [
      ['GET', '/members/member-ada/contacts'],
      ['GET', contact()],
      ['GET', '/members/member-ada/referral-graph'],
      ['GET', '/members/member-ada/contact-counters'],
      ['GET', '/members/member-ada/contacts/export'],
      ['DELETE', contact()],
      ['POST', `${contact()}/archive`],
    ] as const) {
      const reply = await service.as(bea).send(method, path);
      expect({ method, path, status: reply.status }).toEqual({ method, path, status: 403 });
    }
    const add = await service.as(bea).send('POST', '/members/member-ada/contacts', {
      json: { givenName: 'Planted', familyName: 'Contact' },
    });
    expect(add.status).toBe(403);
  });

  it('lets an assigned coach read but not change, and an unassigned coach do neither', async () => {
    expect(
      (await service.as(coach).send('GET', '/members/member-ada/contacts')).json(),
    ).toMatchObject({ total: 1 });
    expect((await service.as(coach).send('GET', contact())).status).toBe(200);
    expect((await service.as(coach).send('GET', '/members/member-ada/referral-graph')).status).toBe(
      200,
    );
    const edit = await service
      .as(coach)
      .send('PATCH', contact(), { json: { role: 'x' }, headers: { 'if-match': '"1"' } });
    expect(edit.status).toBe(403);
    expect((await service.as(coach).send('PUT', `${contact()}/tags/free/x`)).status).toBe(403);
    expect((await service.as(coach).send('DELETE', contact())).status).toBe(403);
    expect(
      (await service.as(coach).send('GET', '/members/member-ada/contacts/export')).status,
    ).toBe(403);
    expect((await service.as(otherCoach).send('GET', '/members/member-ada/contacts')).status).toBe(
      403,
    );
  });

  it('keeps institutions apart even for the same member id', async () => {
    expect(
      (await service.as(adaElsewhere).send('GET', '/members/member-ada/contacts')).json(),
    ).toMatchObject({
      total: 0,
      items: [],
    });
    expect((await service.as(adaElsewhere).send('GET', contact())).status).toBe(404);
    const erase = await service.as(adaElsewhere).send('DELETE', contact());
    expect(erase.status).toBe(404);
    // The same email is free in the other institution: nothing is shared across tenants.
    await addContact(service, adaElsewhere, {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'g@h.example',
    });
    expect((await service.as(ada).send('GET', contact())).json()).toMatchObject({
      status: 'active',
      version: 1,
    });
  });
});
