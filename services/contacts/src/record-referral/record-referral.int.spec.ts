import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };
const referral = (contactId: string) => `/members/member-ada/contacts/${contactId}/referral`;

describe('referrals: record, chain upward, contacts led to, and the graph', () => {
  const suite = isolateSuite('contacts-referrals');
  let service: ContactsTestApp;
  let alice: string;
  let bob: string;
  let carol: string;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    alice = (
      await addContact(service, ada, {
        givenName: 'Alice',
        familyName: 'Ames',
        organisation: 'Acme',
      })
    ).contactId;
    bob = (
      await addContact(service, ada, {
        givenName: 'Bob',
        familyName: 'Birch',
        referredBy: { contactId: alice },
      })
    ).contactId;
    carol = (await addContact(service, ada, { givenName: 'Carol', familyName: 'Cole' })).contactId;
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('records who referred whom and shows the chain up and the contacts it led to', async () => {
    const recorded = await service.as(ada).send('PUT', referral(carol), {
      json: { referredByContactId: bob, mayUseReferrerName: true },
    });
    expect(recorded.status).toBe(200);
    expect(recorded.json()).toMatchObject({
      referredBy: { contactId: bob, mayUseReferrerName: true },
    });

    const carolView = await service.as(ada).send('GET', `/members/member-ada/contacts/${carol}`);
    expect(
      carolView
        .json<{ referralChain: { contactId: string }[] }>()
        .referralChain.map((l) => l.contactId),
    ).toEqual([bob, alice]);
    const aliceView = await service.as(ada).send('GET', `/members/member-ada/contacts/${alice}`);
    expect(aliceView.json()).toMatchObject({
      referralChain: [],
      referrals: [{ contactId: bob, name: 'Bob Birch', organisation: null }],
    });

    const graph = await service.as(ada).send('GET', '/members/member-ada/referral-graph');
    expect(
      graph
        .json<{ nodes: { id: string }[] }>()
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual([alice, bob, carol].sort());
    expect(graph.json<{ edges: unknown[] }>().edges).toEqual(
      expect.arrayContaining([
        { from: alice, to: bob, mayUseReferrerName: false },
        { from: bob, to: carol, mayUseReferrerName: true },
      ]),
    );
  });

  it('refuses a self-referral and a referral that would close a loop, changing nothing', async () => {
    const self = await service
      .as(ada)
      .send('PUT', referral(alice), { json: { referredByContactId: alice } });
    expect(self.status).toBe(422);
    expect(self.json()).toMatchObject({ reason: 'self-referral' });
    // alice → bob → carol already; carol referring alice would loop.
    const loop = await service
      .as(ada)
      .send('PUT', referral(alice), { json: { referredByContactId: carol } });
    expect(loop.status).toBe(422);
    expect(loop.json()).toMatchObject({ reason: 'referral-cycle' });
    const aliceView = await service.as(ada).send('GET', `/members/member-ada/contacts/${alice}`);
    expect(aliceView.json()).toMatchObject({ referredBy: null, version: 1 });
  });

  it('refuses a referrer that is not one of the member’s contacts', async () => {
    const unknown = await service
      .as(ada)
      .send('PUT', referral(carol), { json: { referredByContactId: 'nobody-1' } });
    expect(unknown.status).toBe(404);
    const otherMembers = await addContact(
      service,
      { id: 'member-bea', role: 'member' },
      { givenName: 'Zed', familyName: 'Zane' },
    );
    const crossing = await service.as(ada).send('PUT', referral(carol), {
      json: { referredByContactId: otherMembers.contactId },
    });
    expect(crossing.status).toBe(404);
  });
});
