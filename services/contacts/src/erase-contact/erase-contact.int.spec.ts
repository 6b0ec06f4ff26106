import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

describe('erase a contact', () => {
  const suite = isolateSuite('contacts-erase');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('removes the personal data from every read model but keeps the count, and frees the email', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Hedy',
      familyName: 'Lamarr',
      email: 'hedy@example.org',
      organisation: 'MGM',
      tags: ['inventor'],
    });
    await service.as(ada).send('POST', `/members/member-ada/contacts/${contactId}/notes`, {
      json: { text: 'Frequency hopping' },
    });

    const erased = await service
      .as(ada)
      .send('DELETE', `/members/member-ada/contacts/${contactId}`);
    expect(erased.status).toBe(204);

    const got = await service.as(ada).send('GET', `/members/member-ada/contacts/${contactId}`);
    expect(got.json()).toEqual({
      contactId,
      memberId: 'member-ada',
      status: 'erased',
      version: 3,
      referralChain: [],
      referrals: [],
    });
    const list = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?archived=any&q=hedy');
    expect(list.json<{ total: number }>().total).toBe(0);
    const counters = await service.as(ada).send('GET', '/members/member-ada/contact-counters');
    expect(counters.json()).toMatchObject({ total: 0, erased: 1 });

    // The member's rows live in shared bucket documents: read them whole (Hedy is the only one).
    const stored =
      JSON.stringify(await service.db.collection('contact_list').find({}).toArray()) +
      JSON.stringify(await service.db.collection('referral_graph').find({}).toArray());
    expect(stored).toContain(contactId);
    for (const personal of ['Hedy', 'Lamarr', 'hedy@example.org', 'MGM', 'inventor']) {
      expect(stored).not.toContain(personal);
    }
    expect(await service.db.collection('contact_keys').countDocuments({ contactId })).toBe(0);
    // Someone with that email can be added again.
    await addContact(service, ada, {
      givenName: 'H.',
      familyName: 'Lamarr',
      email: 'hedy@example.org',
    });
  });

  it('erasing twice is harmless; an unknown contact is 404', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Ida',
      familyName: 'Noddack',
    });
    expect(
      (await service.as(ada).send('DELETE', `/members/member-ada/contacts/${contactId}`)).status,
    ).toBe(204);
    expect(
      (await service.as(ada).send('DELETE', `/members/member-ada/contacts/${contactId}`)).status,
    ).toBe(204);
    expect(
      (await service.as(ada).send('DELETE', '/members/member-ada/contacts/no-such')).status,
    ).toBe(404);
  });
});
